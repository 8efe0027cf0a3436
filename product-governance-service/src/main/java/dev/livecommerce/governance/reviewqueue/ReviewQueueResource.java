package dev.livecommerce.governance.reviewqueue;

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
 * The human review queue, called by the gateway, which authenticates the reviewer and passes the id it proved in
 * {@value #REVIEWER_HEADER}. Not exposed outside the cluster. Claims, renewals and releases carry no body.
 */
@Path("/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review queue")
public class ReviewQueueResource {

    public static final String REVIEWER_HEADER = "X-Reviewer-Id";

    private final ReviewQueueService queue;

    ReviewQueueResource(ReviewQueueService queue) {
        this.queue = queue;
    }

    @GET
    @Operation(summary = "Open items, oldest first, with who holds each and until when")
    public List<QueueItemView> open(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return queue.open(limit);
    }

    @GET
    @Path("/{itemId}")
    @Operation(summary = "One item, open or closed")
    public QueueItemView get(@PathParam("itemId") UUID itemId) {
        return queue.find(itemId).orElseThrow(() -> ProblemException.notFound("Review queue item " + itemId));
    }

    @POST
    @Path("/claims")
    @Operation(summary = "Claim the oldest item nobody holds; 204 when there is none")
    public Response claimNext(@HeaderParam(REVIEWER_HEADER) @NotBlank @Size(max = 128) String reviewerId) {
        return queue.claimNext(reviewerId).map(item -> Response.ok(item).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("/{itemId}/claim")
    @Operation(summary = "Claim this item; 409 while another reviewer's lease runs")
    public QueueItemView claim(@PathParam("itemId") UUID itemId,
            @HeaderParam(REVIEWER_HEADER) @NotBlank @Size(max = 128) String reviewerId) {
        return queue.claim(itemId, reviewerId);
    }

    @POST
    @Path("/{itemId}/renew")
    @Operation(summary = "Extend your running lease; 409 when it ran out or is not yours")
    public QueueItemView renew(@PathParam("itemId") UUID itemId,
            @HeaderParam(REVIEWER_HEADER) @NotBlank @Size(max = 128) String reviewerId) {
        return queue.renew(itemId, reviewerId);
    }

    @POST
    @Path("/{itemId}/release")
    @Operation(summary = "Give the item back to the queue")
    public QueueItemView release(@PathParam("itemId") UUID itemId,
            @HeaderParam(REVIEWER_HEADER) @NotBlank @Size(max = 128) String reviewerId) {
        return queue.release(itemId, reviewerId);
    }

    @POST
    @Path("/{itemId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or intercept the listing of the item you hold; needs a running lease (else 409). "
            + "Publishes listing-reviewed with decidedBy REVIEWER")
    public QueueItemView decide(@PathParam("itemId") UUID itemId,
            @HeaderParam(REVIEWER_HEADER) @NotBlank @Size(max = 128) String reviewerId,
            @Valid @NotNull DecideRequest request) {
        return queue.decide(itemId, reviewerId, request.decision(), request.note());
    }
}
