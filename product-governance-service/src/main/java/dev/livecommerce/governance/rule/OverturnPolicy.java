package dev.livecommerce.governance.rule;

/**
 * When a live rule version misjudges too often: more than {@code overturnRateMax} of its decided appeals overturned,
 * once it has at least {@code appealsMin} of them (a handful of appeals proves nothing either way).
 */
public record OverturnPolicy(double overturnRateMax, long appealsMin) {

    public boolean demotes(long appeals, long overturned) {
        return appeals >= appealsMin && appeals > 0 && (double) overturned / appeals > overturnRateMax;
    }

    public String reason(long appeals, long overturned) {
        return String.format("%d of %d decided appeals overturned (%.1f%%), above the %.1f%% limit", overturned,
                appeals, 100.0 * overturned / appeals, 100.0 * overturnRateMax);
    }
}
