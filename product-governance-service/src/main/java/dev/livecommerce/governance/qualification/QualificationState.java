package dev.livecommerce.governance.qualification;

/** Whether a document counts on a given day, and why not when it does not. */
public enum QualificationState {
    VALID, NOT_YET_VALID, EXPIRED, REVOKED
}
