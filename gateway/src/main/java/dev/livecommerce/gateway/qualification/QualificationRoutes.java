package dev.livecommerce.gateway.qualification;

import java.io.IOException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Merchant qualifications: merchants register and read their own documents; reviewers and operators read any
 * merchant's and revoke them.
 */
@Path("/api/governance/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Qualifications")
@SecurityRequirement(name = "bearer")
public class QualificationRoutes {

    private final QualificationClient governance;
    private final Caller caller;
    private final ObjectMapper mapper;

    QualificationRoutes(@RestClient QualificationClient governance, Caller caller, ObjectMapper mapper) {
        this.governance = governance;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Register a qualification document", description = "Answers 201 with the document and "
            + "whether it counts today (state). Invalid fields (an unknown type, a blank number, validUntil before "
            + "validFrom or in the past) are a 422 listing each of them. A retry with the same Idempotency-Key "
            + "returns the first answer.")
    public Response register(
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 128) String idempotencyKey,
            @RequestBody(description = "type (FOOD_BUSINESS_LICENCE, FOOD_PRODUCTION_LICENCE, COSMETICS_FILING, "
                    + "SPECIAL_COSMETICS_LICENCE, HEALTH_FOOD_REGISTRATION, CCC_CERTIFICATE, BABY_FOOD_REGISTRATION), "
                    + "documentNumber, issuingAuthority, validFrom and validUntil (yyyy-mm-dd, inclusive), "
                    + "evidenceRef") @NotNull JsonNode document) {
        return Relayed.of(governance.register(caller.merchantId(), idempotencyKey, document)).toResponse();
    }

    @GET
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "A merchant's documents, newest first", description = "A merchant always gets its own; "
            + "reviewers and operators name the merchant with ?merchantId=.")
    public Response ofMerchant(@QueryParam("merchantId") String merchantId, @QueryParam("limit") Integer limit) {
        String whose = caller.isMerchant() ? caller.merchantId() : merchantId;
        return Relayed.of(governance.ofMerchant(whose, limit)).toResponse();
    }

    @GET
    @Path("/requirements")
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "What each category requires before its listings go live")
    public Response requirements() {
        return Relayed.of(governance.requirements()).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One document")
    public Response get(@PathParam("id") UUID id) {
        Relayed answer = Relayed.of(governance.get(id));
        if (answer.isSuccess() && !caller.mayRead(ownerOf(answer))) {
            // Another merchant's document answers exactly like a missing one: no existence leak.
            throw ProblemException.notFound("Qualification " + id);
        }
        return answer.toResponse();
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Revoke a document", description = "It stops counting at once and "
            + "merchant-qualification-changed (REVOKED) is published; the revoker is the token's subject.")
    public Response revoke(@PathParam("id") UUID id,
            @RequestBody(description = "reason (1-1000 characters)") @NotNull JsonNode revocation) {
        return Relayed.of(governance.revoke(id, caller.staffId(), revocation)).toResponse();
    }

    private String ownerOf(Relayed document) {
        try {
            return mapper.readTree(document.body()).path("merchantId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("product-governance-service answered a qualification that is not JSON",
                    e);
        }
    }
}
