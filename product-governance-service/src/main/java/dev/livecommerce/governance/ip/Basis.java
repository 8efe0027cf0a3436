package dev.livecommerce.governance.ip;

/** The right a complaint rests on. */
public enum Basis {
    /** A registered trademark of the rights holder (trademarkId). */
    TRADEMARK,
    /** An original picture the rights holder registered first (imageId). */
    ORIGINAL_IMAGE,
    /** A copyright the rights holder states and documents in the evidence. */
    COPYRIGHT
}
