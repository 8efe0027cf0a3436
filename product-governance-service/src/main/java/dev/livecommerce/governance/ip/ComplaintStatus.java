package dev.livecommerce.governance.ip;

/**
 * Where a complaint stands, and the step that brought it there (each audit entry names the status it reached).
 *
 * <pre>
 * FILED --UPHELD--> UPHELD --COUNTER_NOTICE_FILED--> COUNTER_NOTICE_FILED --RESTORED--> RESTORED
 *       --REJECTED--> REJECTED                                             --TAKEDOWN_CONFIRMED--> TAKEDOWN_CONFIRMED
 * </pre>
 */
public enum ComplaintStatus {
    FILED, UPHELD, REJECTED, COUNTER_NOTICE_FILED, RESTORED, TAKEDOWN_CONFIRMED
}
