package dev.livecommerce.moderation.ladder;

/** Strike points per rule severity: a critical claim weighs more than a borderline one. */
public record StrikeWeights(int low, int medium, int high, int critical) {

    public StrikeWeights {
        if (low < 1 || medium < low || high < medium || critical < high) {
            throw new IllegalArgumentException("strike points must be >= 1 and grow with severity: " + low + ", "
                    + medium + ", " + high + ", " + critical);
        }
    }

    public int pointsOf(String severity) {
        return switch (severity) {
            case "LOW" -> low;
            case "MEDIUM" -> medium;
            case "HIGH" -> high;
            case "CRITICAL" -> critical;
            default -> throw new IllegalArgumentException("unknown severity " + severity);
        };
    }
}
