package dev.livecommerce.governance.appeal;

/** An appeal is OPEN until a reviewer decides it; UPHELD and OVERTURNED are final. */
public enum AppealStatus {
    OPEN, UPHELD, OVERTURNED
}
