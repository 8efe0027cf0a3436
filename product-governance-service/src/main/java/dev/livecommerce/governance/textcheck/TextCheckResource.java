package dev.livecommerce.governance.textcheck;

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

import dev.livecommerce.claims.ClaimMatch;
import dev.livecommerce.governance.listing.Category;
import dev.livecommerce.governance.rule.RuleCatalog;

/** Tries a phrase against the live text rules, with no side effect: nothing is stored or published. */
@Path("/text-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Text checks")
public class TextCheckResource {

    public static final int TEXT_CHARS_MAX = 5000;

    public record TextCheckRequest(@NotBlank @Size(max = TEXT_CHARS_MAX) String text, @NotNull Category category) {
    }

    public record TextCheckResult(List<ClaimMatch> violations) {
    }

    private final RuleCatalog rules;

    TextCheckResource(RuleCatalog rules) {
        this.rules = rules;
    }

    @POST
    @Operation(summary = "The violations the live text rules find in a text for a category (type, rule id and "
            + "version, UTF-16 span into the text, matched text, legal basis)")
    public TextCheckResult check(@Valid @NotNull TextCheckRequest request) {
        return new TextCheckResult(rules.current().liveClaims().scan(request.text(), request.category().name()));
    }
}
