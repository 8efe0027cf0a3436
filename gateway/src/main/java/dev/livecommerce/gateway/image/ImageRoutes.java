package dev.livecommerce.gateway.image;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.ip.Party;
import dev.livecommerce.gateway.ip.RelayedJson;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Picture fingerprints. A merchant registers the pictures of its listings, a rights holder its originals; the
 * answer says whose earlier picture an upload copies.
 */
@Path("/api/governance/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Images")
@SecurityRequirement(name = "bearer")
public class ImageRoutes {

    private final ImageClient images;
    private final Party party;
    private final ObjectMapper mapper;

    ImageRoutes(@RestClient ImageClient images, Party party, ObjectMapper mapper) {
        this.images = images;
        this.party = party;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MERCHANT, Roles.RIGHTS_HOLDER})
    @Operation(summary = "Register a picture (raw image/png or image/jpeg body, at most 5 MB)", description = "201 "
            + "with imageId, phash (16 hex digits), sha256 and registeredAt; originalOf names the earlier picture of "
            + "another owner this one copies. The same bytes from the same owner return the first record with 200. "
            + "413 when too large, 415 for another media type, 422 when the body is not a readable picture.")
    public Response register(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] picture) {
        if (party.isMerchant() && party.isRightsHolder()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "ambiguous-uploader",
                    "The token is both a merchant's and a rights holder's; upload with a token of one of them"));
        }
        Response answer = party.isMerchant()
                ? images.register(party.merchantId(), null, contentType, picture)
                : images.register(null, party.rightsHolderId(), contentType, picture);
        return Relayed.of(answer).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MERCHANT, Roles.RIGHTS_HOLDER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "A registered picture (its uploader, reviewers and operators)")
    public Response get(@PathParam("id") UUID id) {
        Relayed answer = Relayed.of(images.image(id));
        if (answer.isSuccess() && !party.isStaff() && !uploadedByCaller(RelayedJson.of(mapper, answer))) {
            throw ProblemException.notFound("Image " + id);
        }
        return answer.toResponse();
    }

    private boolean uploadedByCaller(JsonNode image) {
        String ownerId = image.path("ownerId").asText();
        return switch (image.path("ownerKind").asText()) {
            case "MERCHANT" -> party.isMerchant() && party.merchantId().equals(ownerId);
            case "RIGHTS_HOLDER" -> party.isRightsHolder() && party.rightsHolderId().equals(ownerId);
            default -> false;
        };
    }
}
