package dev.livecommerce.governance.rule;

/** How a rule finds violations; each kind reads its own parameters (see {@link RuleParams}). */
public enum RuleKind {
    /** Terms with exemptions (and optionally patterns), matched by the claim engine over normalised text. */
    TERM_LIST,
    /** Regular expressions over normalised text, run by the claim engine. */
    PATTERN,
    /** The category's required qualification documents must be on file and valid. */
    QUALIFICATION,
    /** The price is far from the category's norm. */
    PRICE_ANOMALY,
    /** An image matches an earlier image of another owner. */
    IMAGE_MATCH,
    /** The merchant's own record makes the listing risky. */
    MERCHANT_RISK
}
