package dev.livecommerce.moderation.segment;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.claims.ClaimEngine;
import dev.livecommerce.claims.DefaultClaimRules;
import dev.livecommerce.moderation.detection.StreamDetector;

/** CDI wiring of the plain-Java detection: one engine (compiled once, thread-safe) and one stream detector. */
@ApplicationScoped
public class DetectionBeans {

    @Produces
    @ApplicationScoped
    ClaimEngine claimEngine() {
        return ClaimEngine.compile(DefaultClaimRules.load());
    }

    @Produces
    @ApplicationScoped
    StreamDetector streamDetector(ClaimEngine engine, DetectionConfig config) {
        return new StreamDetector(engine, config.limits(), Clock.systemUTC());
    }

    @Produces
    @ApplicationScoped
    SegmentDecoder segmentDecoder(ObjectMapper mapper) {
        return new SegmentDecoder(mapper);
    }
}
