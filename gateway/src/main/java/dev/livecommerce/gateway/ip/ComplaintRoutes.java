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

/**
 * IP complaints. Rights holders file and read their own; merchants read the complaints against their listings and
 * answer them with counter-notices; reviewers and operators read all and decide. A complaint of another party
 * answers exactly like a missing one.
 */
@Path("/api/governance/ip/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "IP protection")
@SecurityRequirement(name = "bearer")
public class ComplaintRoutes {

    private final IpClient ip;
    private final Party party;
    private final ObjectMapper mapper;

    ComplaintRoutes(@RestClient IpClient ip, Party party, ObjectMapper mapper) {
        this.ip = ip;
        this.party = party;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed(Roles.RIGHTS_HOLDER)
    @Operation(summary = "File a complaint against a listing", description = "201 with the complaint (status FILED). "
            + "An ORIGINAL_IMAGE complaint lists the listing's pictures that copy the original in imageMatches.")
    public Response file(
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 128) String idempotencyKey,
            @RequestBody(description = "listingId, basis (TRADEMARK with trademarkId, ORIGINAL_IMAGE with imageId, "
                    + "or COPYRIGHT), statement (1-5000 chars), evidence (up to 20 URLs or notes)") @NotNull JsonNode complaint) {
        return Relayed.of(ip.file(party.rightsHolderId(), idempotencyKey, complaint)).toResponse();
    }

    @GET
    @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Complaints, newest first", description = "A rights holder sees the complaints it filed, a "
            + "merchant those against its listings; reviewers and operators see all and may filter by rightsHolderId "
            + "and merchantId. Everyone may filter by listingId and status; page from 0, size up to 100.")
    public Response list(@QueryParam("rightsHolderId") String rightsHolderId,
            @QueryParam("merchantId") String merchantId, @QueryParam("listingId") UUID listingId,
            @QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        if (!party.isStaff()) {
            rightsHolderId = party.isRightsHolder() ? party.rightsHolderId() : null;
            merchantId = party.isRightsHolder() ? null : party.merchantId();
        }
        return Relayed.of(ip.complaints(rightsHolderId, merchantId, listingId, status, page, size)).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One complaint, with its automatic image evidence and counter-notice")
    public Response get(@PathParam("id") UUID id) {
        return readable(id).toResponse();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "The complaint's audit trail: every step, who took it, when, and what it did")
    public Response audit(@PathParam("id") UUID id) {
        Relayed complaint = readable(id);
        if (!complaint.isSuccess()) {
            return complaint.toResponse();
        }
        return Relayed.of(ip.audit(id)).toResponse();
    }

    @POST
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Decide a complaint or its counter-notice", description = "UPHELD (the listing is taken down) "
            + "or REJECTED on a FILED complaint; RESTORED (the listing is put back) or TAKEDOWN_CONFIRMED after a "
            + "counter-notice. Any other step is a 409 naming the complaint's status.")
    public Response decide(@PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 128) String idempotencyKey,
            @RequestBody(description = "decision (UPHELD, REJECTED, RESTORED, TAKEDOWN_CONFIRMED), reason (1-2000 "
                    + "chars)") @NotNull JsonNode decision) {
        return Relayed.of(ip.decide(id, party.staffRole(), party.staffId(), idempotencyKey, decision)).toResponse();
    }

    @POST
    @Path("/{id}/counter-notice")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Answer an upheld complaint against one of the caller's listings", description = "Accepted "
            + "within the counter-notice window (15 days by default) after the takedown; a reviewer decides next.")
    public Response counterNotice(@PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 128) String idempotencyKey,
            @RequestBody(description = "statement (1-5000 chars), evidence (up to 20 URLs or notes)") @NotNull JsonNode counterNotice) {
        return Relayed.of(ip.counterNotice(id, party.merchantId(), idempotencyKey, counterNotice)).toResponse();
    }

    /** The complaint when the caller may see it; another party's complaint is a 404 like a missing one. */
    private Relayed readable(UUID id) {
        Relayed answer = Relayed.of(ip.complaint(id));
        if (answer.isSuccess()) {
            JsonNode complaint = RelayedJson.of(mapper, answer);
            if (!party.mayRead(complaint.path("rightsHolderId").asText(), complaint.path("merchantId").asText())) {
                throw ProblemException.notFound("Complaint " + id);
            }
        }
        return answer;
    }
}
