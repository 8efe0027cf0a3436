package dev.livecommerce.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

/** CDI wiring of the plain-Java event classes. */
@ApplicationScoped
public class EventBeans {

    @Produces
    @ApplicationScoped
    EventSchemas schemas() {
        return new EventSchemas(Thread.currentThread().getContextClassLoader());
    }

    @Produces
    @ApplicationScoped
    CloudEventCodec codec(ObjectMapper mapper, EventSchemas schemas,
            @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        // Contracts leave optional fields out rather than null them.
        ObjectMapper eventMapper = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return new CloudEventCodec(eventMapper, schemas, serviceName);
    }
}
