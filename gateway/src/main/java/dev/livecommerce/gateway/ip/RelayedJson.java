package dev.livecommerce.gateway.ip;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.gateway.downstream.Relayed;

/** A relayed answer's body as JSON, to read who owns the record before passing it on. */
public final class RelayedJson {

    private RelayedJson() {
    }

    public static JsonNode of(ObjectMapper mapper, Relayed answer) {
        try {
            return mapper.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("product-governance-service answered a record that is not JSON", e);
        }
    }
}
