package dev.livecommerce.governance.score;

/** The three parts of a merchant's experience score. */
public enum SubScore {
    PRODUCT, LOGISTICS, SERVICE
}
