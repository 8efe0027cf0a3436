package dev.livecommerce.gateway.score;

import java.io.IOException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.ProblemException;

/** Merchant experience and listing quality scores: a merchant reads its own, reviewers and operators any. */
@Path("/api/governance/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
@SecurityRequirement(name = "bearer")
public class ScoreRoutes {

    private final ScoreClient scores;
    private final Caller caller;
    private final ObjectMapper mapper;

    ScoreRoutes(@RestClient ScoreClient scores, Caller caller, ObjectMapper mapper) {
        this.scores = scores;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Path("/merchants/{merchantId}")
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "A merchant's experience score", description = "Overall score and the product, logistics "
            + "and service sub-scores (0-100, one decimal) over the rolling window, with the inputs counted and the "
            + "penalty points behind each sub-score. 404 for a merchant the scores know nothing about.")
    public Response merchant(@PathParam("merchantId") @Size(min = 1, max = 64) String merchantId) {
        if (!caller.mayRead(merchantId)) {
            // Another merchant's score answers exactly like an unknown merchant: no existence leak.
            throw ProblemException.notFound("Score of merchant " + merchantId);
        }
        return Relayed.of(scores.merchant(merchantId)).toResponse();
    }

    @GET
    @Path("/listings/{listingId}")
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "A listing's quality score", description = "Score (0-100, one decimal), the listing's latest "
            + "decision in the window and the violation points counted. 404 for a listing never reviewed.")
    public Response listing(@PathParam("listingId") UUID listingId) {
        Relayed answer = Relayed.of(scores.listing(listingId));
        if (answer.isSuccess() && !caller.mayRead(ownerOf(answer))) {
            throw ProblemException.notFound("Score of listing " + listingId);
        }
        return answer.toResponse();
    }

    private String ownerOf(Relayed score) {
        try {
            return mapper.readTree(score.body()).path("merchantId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("product-governance-service answered a listing score that is not JSON", e);
        }
    }
}
