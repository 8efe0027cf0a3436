package dev.livecommerce.governance.rule;

import java.util.List;

/**
 * The kind-specific part of a rule, stored as JSON. Every field is optional in JSON; {@link RuleDefinition}
 * checks that the ones its kind needs are there.
 *
 * @param terms TERM_LIST: literal terms
 * @param exemptions TERM_LIST: phrases inside which a term is allowed ("最好冷藏")
 * @param patterns PATTERN: regular expressions over normalised text
 * @param lowRatioMax PRICE_ANOMALY: fires when price / category median is at most this
 * @param highRatioMin PRICE_ANOMALY: fires when price / category median is at least this
 * @param samplesMin PRICE_ANOMALY: approved listings a category needs before its median is trusted
 * @param distanceMax IMAGE_MATCH: largest Hamming distance between perceptual hashes that counts as the same image
 * @param pointsMin MERCHANT_RISK: active violation points from which a merchant's listings are risky
 * @param interceptionsMin MERCHANT_RISK: interceptions within the window from which a merchant is risky
 * @param windowDays MERCHANT_RISK: the window for interceptionsMin
 */
public record RuleParams(List<String> terms, List<String> exemptions, List<String> patterns, Double lowRatioMax,
        Double highRatioMin, Integer samplesMin, Integer distanceMax, Integer pointsMin, Integer interceptionsMin,
        Integer windowDays) {

    public static RuleParams terms(List<String> terms, List<String> exemptions) {
        return new RuleParams(terms, exemptions, null, null, null, null, null, null, null, null);
    }

    public static RuleParams patterns(List<String> patterns) {
        return new RuleParams(null, null, patterns, null, null, null, null, null, null, null);
    }

    public static RuleParams none() {
        return new RuleParams(null, null, null, null, null, null, null, null, null, null);
    }

    public List<String> termsOrEmpty() {
        return terms == null ? List.of() : terms;
    }

    public List<String> exemptionsOrEmpty() {
        return exemptions == null ? List.of() : exemptions;
    }

    public List<String> patternsOrEmpty() {
        return patterns == null ? List.of() : patterns;
    }
}
