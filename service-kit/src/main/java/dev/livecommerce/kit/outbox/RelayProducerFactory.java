package dev.livecommerce.kit.outbox;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The relay's producer: idempotent, acks from all in-sync replicas, so a retried send is never duplicated by it. */
@ApplicationScoped
public class RelayProducerFactory {

    private final String bootstrapServers;
    private final String clientId;

    RelayProducerFactory(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox-relay";
    }

    Producer<String, byte[]> create(long sendTimeoutMs) {
        int requestTimeoutMs = (int) Math.min(sendTimeoutMs / 2, 10_000);
        return new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeoutMs,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, requestTimeoutMs),
                new StringSerializer(), new ByteArraySerializer());
    }
}
