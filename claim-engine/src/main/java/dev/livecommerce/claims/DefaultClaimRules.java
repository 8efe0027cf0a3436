package dev.livecommerce.claims;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The rule set the suite ships with, read from {@value #RESOURCE} on the classpath: absolute terms, efficacy
 * claims for food and for cosmetics, off-platform contact, false prices and prohibited goods, each with its legal
 * basis. Services start from it and may replace rules at run time with newer versions.
 */
public final class DefaultClaimRules {

    public static final String RESOURCE = "/dev/livecommerce/claims/default-rules.json";

    private DefaultClaimRules() {
    }

    /** The default rules, in file order; the same immutable list on every call. */
    public static List<ClaimRule> load() {
        return Holder.RULES;
    }

    private record RuleFile(List<ClaimRule> rules) {
    }

    private static final class Holder {
        static final List<ClaimRule> RULES = read();

        private static List<ClaimRule> read() {
            ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try (InputStream in = DefaultClaimRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                return List.copyOf(mapper.readValue(in, RuleFile.class).rules());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
