package dev.livecommerce.governance.score;

import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** The service's internal score API, called by the gateway, which decides who may read which merchant. */
@Path("/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class ScoreResource {

    @GET
    @Path("/merchants/{merchantId}")
    @Transactional
    @Operation(summary = "A merchant's experience score: overall, product, logistics and service, with the window and "
            + "the inputs counted")
    @APIResponse(responseCode = "200", description = "The scores as last computed")
    @APIResponse(responseCode = "404", description = "No input about this merchant was ever received", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MerchantScoreView merchant(@PathParam("merchantId") @Size(min = 1, max = 64) String merchantId) {
        MerchantScore row = MerchantScore.findById(merchantId);
        if (row == null) {
            throw ProblemException.notFound("Score of merchant " + merchantId);
        }
        return MerchantScoreView.of(row);
    }

    @GET
    @Path("/listings/{listingId}")
    @Transactional
    @Operation(summary = "A listing's quality score, with its latest decision and the violation points counted")
    @APIResponse(responseCode = "200", description = "The score as last computed")
    @APIResponse(responseCode = "404", description = "No review decision about this listing was ever received", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ListingScoreView listing(@PathParam("listingId") UUID listingId) {
        ListingScore row = ListingScore.findById(listingId);
        if (row == null) {
            throw ProblemException.notFound("Score of listing " + listingId);
        }
        return ListingScoreView.of(row);
    }
}
