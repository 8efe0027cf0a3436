package dev.livecommerce.governance.image;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Picture fingerprints, internal API called by the gateway with the uploader it proved: a merchant
 * ({@value #MERCHANT_HEADER}) or a rights holder ({@value #RIGHTS_HOLDER_HEADER}), exactly one of them.
 */
@Path("/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Images")
public class ImageResource {

    public static final String MERCHANT_HEADER = "X-Merchant-Id";
    public static final String RIGHTS_HOLDER_HEADER = "X-Rights-Holder-Id";

    private final ImageFingerprints fingerprints;
    private final ImageRegistry registry;

    ImageResource(ImageFingerprints fingerprints, ImageRegistry registry) {
        this.fingerprints = fingerprints;
        this.registry = registry;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Register a picture (image/png or image/jpeg, at most 5 MB) and get its fingerprint", description = "201 with the perceptual hash and SHA-256; originalOf names the earlier picture of another owner "
            + "within the match distance, of which this one is a copy. The same owner sending the same bytes again "
            + "gets the first record back with 200. 413 when too large, 415 for another media type, 422 when the "
            + "bytes are not a readable picture of the declared type.")
    public Response register(
            @HeaderParam(MERCHANT_HEADER) @Size(max = 64) String merchantId,
            @HeaderParam(RIGHTS_HOLDER_HEADER) @Size(max = 128) String rightsHolderId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] picture) {
        ImageOwner owner = ownerOf(merchantId, rightsHolderId);
        Fingerprint fingerprint = fingerprints.of(contentType, picture);
        ImageRegistry.Registration registration = registry.register(owner, fingerprint);
        if (!registration.created()) {
            return Response.ok(registration.image()).build();
        }
        return Response.created(URI.create("/images/" + registration.image().imageId()))
                .entity(registration.image())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A registered picture with its fingerprint and, if it is a copy, its original")
    public RegisteredImage get(@PathParam("id") UUID id) {
        return registry.find(id).orElseThrow(() -> ProblemException.notFound("Image " + id));
    }

    private static ImageOwner ownerOf(String merchantId, String rightsHolderId) {
        boolean merchant = merchantId != null && !merchantId.isBlank();
        boolean rightsHolder = rightsHolderId != null && !rightsHolderId.isBlank();
        if (merchant == rightsHolder) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "validation",
                    "Exactly one uploader is required").withErrors(
                            List.of(new Problem.FieldError(
                                    "owner", "send either " + MERCHANT_HEADER + " or " + RIGHTS_HOLDER_HEADER))));
        }
        return merchant ? ImageOwner.merchant(merchantId) : ImageOwner.rightsHolder(rightsHolderId);
    }
}
