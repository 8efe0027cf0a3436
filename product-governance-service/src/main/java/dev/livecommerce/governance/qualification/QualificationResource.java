package dev.livecommerce.governance.qualification;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import dev.livecommerce.kit.problem.ProblemException;

/**
 * Qualification documents, called by the gateway, which authenticates the caller and passes the merchant id or the
 * staff id it proved. Not exposed outside the cluster.
 */
@Path("/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Qualifications")
public class QualificationResource {

    public static final String MERCHANT_HEADER = "X-Merchant-Id";
    public static final String STAFF_HEADER = "X-Staff-Id";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final QualificationService qualifications;

    QualificationResource(QualificationService qualifications) {
        this.qualifications = qualifications;
    }

    @POST
    @Operation(summary = "Register a qualification document of the merchant; 201 with the document, 422 naming every "
            + "invalid field")
    public Response register(
            @HeaderParam(MERCHANT_HEADER) @NotBlank @Size(max = 64) String merchantId,
            @HeaderParam(IDEMPOTENCY_HEADER) @NotBlank @Size(max = 128) String idempotencyKey,
            @NotNull RegisterQualificationRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(qualifications.register(merchantId, idempotencyKey, request)).build();
    }

    @GET
    @Operation(summary = "A merchant's documents, newest first, with whether each counts today")
    public List<QualificationView> ofMerchant(
            @QueryParam("merchantId") @NotBlank @Size(max = 64) String merchantId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return qualifications.ofMerchant(merchantId, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document")
    public QualificationView get(@PathParam("id") UUID id) {
        return qualifications.find(id).orElseThrow(() -> ProblemException.notFound("Qualification " + id));
    }

    @POST
    @Path("/{id}/revocation")
    @Operation(summary = "Revoke a document (staff); it no longer counts from now on. Revoking twice changes nothing")
    public QualificationView revoke(@PathParam("id") UUID id,
            @HeaderParam(STAFF_HEADER) @NotBlank @Size(max = 128) String staffId,
            @Valid @NotNull RevokeQualificationRequest request) {
        return qualifications.revoke(id, staffId, request.reason())
                .orElseThrow(() -> ProblemException.notFound("Qualification " + id));
    }

    @GET
    @Path("/requirements")
    @Operation(summary = "What each category requires: every requirement is met by holding all types of one of its "
            + "acceptable type sets")
    public List<Requirement> requirements() {
        return qualifications.allRequirements();
    }
}
