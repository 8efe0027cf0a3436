package dev.livecommerce.governance.appeal;

/** A reviewer's ruling on an appeal. OVERTURNED declares the decision or penalty a misjudgment. */
public enum AppealOutcome {
    UPHELD, OVERTURNED;

    AppealStatus status() {
        return AppealStatus.valueOf(name());
    }
}
