package dev.livecommerce.governance.ip;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A trademark registration: its name, its office registration number, its Nice classes (1-45), its validity. */
public record RegisterTrademarkRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String registrationNumber,
        @NotNull @Size(min = 1, max = 45) List<@NotNull @Min(1) @Max(45) Integer> classes,
        @NotNull @FutureOrPresent LocalDate validUntil) {

    String hash() {
        return RequestHash.of(name, registrationNumber, classes.stream().sorted().distinct().toList(), validUntil);
    }
}
