package dev.livecommerce.moderation.room;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Livestream sessions: the live system starts and ends them; operators read their state and history. */
@Path("/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms")
public class RoomResource {

    private final RoomService rooms;
    private final RoomQueries queries;

    RoomResource(RoomService rooms, RoomQueries queries) {
        this.rooms = rooms;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "A session goes live", description = "201 with the room; 200 when the same room is already live with the same host and merchant (a retry). 403 host-banned when the host is banned, 409 room-live when the room is live with another host or merchant, 409 room-cut when the room was cut and not reinstated.")
    public Response start(@Valid @NotNull StartRoomRequest request) {
        RoomService.Started started = rooms.start(request);
        return Response.status(started.created() ? 201 : 200)
                .entity(queries.view(started.room().roomId, 0)).build();
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "A session ends", description = "Ending a room that is not live changes nothing (a retry); 404 for an unknown room.")
    public RoomView end(@PathParam("id") String roomId, @Valid EndRoomRequest request) {
        rooms.end(roomId, request);
        return queries.view(roomId, 0);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A room's live state and history", description = "State, ladder step, unexpired strike points, and the newest violations, ladder steps (warnings, throttles, cut) and boosts, historyLimit each (1-200, default 50).")
    public RoomView get(@PathParam("id") String roomId,
            @QueryParam("historyLimit") @DefaultValue("50") @Min(1) @Max(200) int historyLimit) {
        return queries.view(roomId, historyLimit);
    }
}
