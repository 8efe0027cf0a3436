package dev.livecommerce.governance.qualification;

/** A document's lifecycle as stored: ACTIVE until it passes its validity (EXPIRED) or staff revoke it (REVOKED). */
public enum QualificationStatus {
    ACTIVE, EXPIRED, REVOKED
}
