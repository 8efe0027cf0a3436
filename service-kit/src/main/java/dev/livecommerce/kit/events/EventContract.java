package dev.livecommerce.kit.events;

import java.net.URI;

/**
 * The naming rules that tie an event name to its topic, CloudEvent type and schema. One event type per topic, and
 * the topic is named as the event (see contracts/asyncapi.yaml).
 */
public final class EventContract {

    public static final String TYPE_PREFIX = "dev.livecommerce.";
    public static final String VERSION = "v1";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private EventContract() {
    }

    public static String topic(String eventName) {
        return eventName;
    }

    public static String type(String eventName) {
        return TYPE_PREFIX + eventName + "." + VERSION;
    }

    public static URI dataSchema(String eventName) {
        return URI.create("urn:livecommerce:events:" + eventName + ":" + VERSION);
    }

    public static String schemaResource(String eventName) {
        return "contracts/schemas/" + eventName + ".schema.json";
    }
}
