package dev.livecommerce.governance.ip;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * IP complaints, internal API called by the gateway, which checks the caller's role and passes the party it proved.
 * Reads are not filtered here: the gateway shows each party only its own complaints.
 */
@Path("/ip/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "IP protection")
public class ComplaintResource {

    private final ComplaintService complaints;

    ComplaintResource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @POST
    @Operation(summary = "File a complaint against a listing (rights holder)", description = "201 with the complaint, "
            + "status FILED. An ORIGINAL_IMAGE complaint lists in imageMatches the listing's pictures found to copy "
            + "the original. A retry with the same Idempotency-Key returns the complaint.")
    public Response file(
            @HeaderParam(IpHeaders.RIGHTS_HOLDER) @NotBlank @Size(max = 128) String rightsHolderId,
            @HeaderParam(IpHeaders.IDEMPOTENCY_KEY) @NotBlank @Size(max = 128) String idempotencyKey,
            @Valid @NotNull FileComplaintRequest request) {
        ComplaintView complaint = complaints.file(rightsHolderId, idempotencyKey, request);
        return Response.created(URI.create("/ip/complaints/" + complaint.complaintId())).entity(complaint).build();
    }

    @GET
    @Operation(summary = "Complaints, newest first, filtered by any of rightsHolderId, merchantId, listingId, status")
    public List<ComplaintView> list(
            @QueryParam("rightsHolderId") @Size(max = 128) String rightsHolderId,
            @QueryParam("merchantId") @Size(max = 64) String merchantId,
            @QueryParam("listingId") UUID listingId,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(ComplaintService.PAGE_SIZE_MAX) int size) {
        return complaints.list(new ComplaintService.Filter(rightsHolderId, merchantId, listingId, statusOf(status)),
                page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One complaint with its automatic image evidence and counter-notice")
    public ComplaintView get(@PathParam("id") UUID id) {
        return complaints.find(id).orElseThrow(() -> ProblemException.notFound("Complaint " + id));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "Every step of the complaint: who, when, what")
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        return complaints.auditTrail(id);
    }

    @POST
    @Path("/{id}/decisions")
    @Operation(summary = "Decide (reviewer or operator)", description = "UPHELD or REJECTED on a FILED complaint "
            + "(UPHELD takes the listing down); RESTORED or TAKEDOWN_CONFIRMED after a counter-notice. Any other step "
            + "is a 409 naming the complaint's status.")
    public ComplaintView decide(@PathParam("id") UUID id,
            @HeaderParam(IpHeaders.ACTOR_ROLE) @NotNull @Pattern(regexp = "reviewer|operator") String actorRole,
            @HeaderParam(IpHeaders.ACTOR_ID) @NotBlank @Size(max = 128) String actorId,
            @HeaderParam(IpHeaders.IDEMPOTENCY_KEY) @NotBlank @Size(max = 128) String idempotencyKey,
            @Valid @NotNull DecideComplaintRequest request) {
        Actor.Role role = actorRole.equals("reviewer") ? Actor.Role.REVIEWER : Actor.Role.OPERATOR;
        return complaints.decide(id, new Actor(role, actorId), idempotencyKey, request);
    }

    @POST
    @Path("/{id}/counter-notice")
    @Operation(summary = "File a counter-notice against an upheld complaint (the listing's merchant)", description = "Accepted within governance.ip.counter-notice-window-days of the takedown; "
            + "a complaint about another merchant's listing answers 404.")
    public ComplaintView counterNotice(@PathParam("id") UUID id,
            @HeaderParam(IpHeaders.MERCHANT) @NotBlank @Size(max = 64) String merchantId,
            @HeaderParam(IpHeaders.IDEMPOTENCY_KEY) @NotBlank @Size(max = 128) String idempotencyKey,
            @Valid @NotNull CounterNoticeRequest request) {
        return complaints.counterNotice(id, merchantId, idempotencyKey, request);
    }

    private static ComplaintStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ComplaintStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "validation",
                    "The request has 1 invalid field(s)").withErrors(
                            List.of(new Problem.FieldError("status",
                                    "must be one of " + Arrays.toString(ComplaintStatus.values())))));
        }
    }
}
