package dev.livecommerce.governance.ip;

/** What a reviewer or operator decides: on a filed complaint, or on the merchant's counter-notice. */
public enum ComplaintDecision {
    /** The complaint is founded: the listing is taken down. */
    UPHELD,
    /** The complaint is unfounded: the listing is untouched. */
    REJECTED,
    /** The counter-notice is founded: the listing is put back. */
    RESTORED,
    /** The counter-notice is unfounded: the listing stays down for good. */
    TAKEDOWN_CONFIRMED;

    public ComplaintStatus status() {
        return ComplaintStatus.valueOf(name());
    }
}
