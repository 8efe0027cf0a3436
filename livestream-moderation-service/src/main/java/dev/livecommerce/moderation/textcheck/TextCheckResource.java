package dev.livecommerce.moderation.textcheck;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.claims.ClaimEngine;
import dev.livecommerce.claims.ClaimType;
import dev.livecommerce.moderation.detection.Category;
import dev.livecommerce.moderation.detection.Segment;
import dev.livecommerce.moderation.segment.DetectionConfig;

/** Tries a phrase against the rules segments are checked with; nothing is stored or published. */
@Path("/text-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Text checks")
public class TextCheckResource {

    public record TextCheckRequest(@NotBlank @Size(max = Segment.TEXT_CHARS_MAX) String text,
            @NotNull Category category) {
    }

    public record Finding(ClaimType type, String ruleId, int ruleVersion, String severity, int start, int end,
            String matchedText, String legalBasis) {
    }

    public record TextCheckResult(List<Finding> violations) {
    }

    private final ClaimEngine engine;
    private final DetectionConfig config;

    TextCheckResource(ClaimEngine engine, DetectionConfig config) {
        this.engine = engine;
        this.config = config;
    }

    @POST
    @Operation(summary = "The violations the segment rules find in a text said in a room of this category (type, "
            + "rule id and version, severity, UTF-16 span into the text, matched text, legal basis)")
    public TextCheckResult check(@Valid @NotNull TextCheckRequest request) {
        return new TextCheckResult(engine.scan(request.text(), request.category().name()).stream()
                .map(m -> new Finding(m.type(), m.ruleId(), m.ruleVersion(),
                        config.severity().get(m.type()).name(), m.start(), m.end(), m.matchedText(),
                        m.legalBasis()))
                .toList());
    }
}
