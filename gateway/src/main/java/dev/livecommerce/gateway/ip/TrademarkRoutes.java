package dev.livecommerce.gateway.ip;

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
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.ProblemException;

/** Trademarks: rights holders register and read their own; reviewers and operators read any. */
@Path("/api/governance/ip/trademarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "IP protection")
@SecurityRequirement(name = "bearer")
public class TrademarkRoutes {

    private final IpClient ip;
    private final Party party;
    private final ObjectMapper mapper;

    TrademarkRoutes(@RestClient IpClient ip, Party party, ObjectMapper mapper) {
        this.ip = ip;
        this.party = party;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed(Roles.RIGHTS_HOLDER)
    @Operation(summary = "Register a trademark", description = "201 with the trademark; a retry with the same "
            + "Idempotency-Key returns it again, a registration number already registered is a 409.")
    public Response register(
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 128) String idempotencyKey,
            @RequestBody(description = "name (1-200 chars), registrationNumber (1-64), classes (Nice classes 1-45), "
                    + "validUntil (date, not in the past)") @NotNull JsonNode trademark) {
        return Relayed.of(ip.registerTrademark(party.rightsHolderId(), idempotencyKey, trademark)).toResponse();
    }

    @GET
    @RolesAllowed(Roles.RIGHTS_HOLDER)
    @Operation(summary = "The caller's trademarks, oldest first")
    public Response mine(@QueryParam("size") Integer size) {
        return Relayed.of(ip.trademarks(party.rightsHolderId(), size)).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One trademark (its rights holder, reviewers and operators)")
    public Response get(@PathParam("id") UUID id) {
        Relayed answer = Relayed.of(ip.trademark(id));
        if (answer.isSuccess() && !party.isStaff()
                && !party.rightsHolderId().equals(RelayedJson.of(mapper, answer).path("rightsHolderId").asText())) {
            throw ProblemException.notFound("Trademark " + id);
        }
        return answer.toResponse();
    }
}
