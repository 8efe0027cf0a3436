package dev.livecommerce.moderation.appeal;

public enum AppealStatus {
    OPEN, UPHELD, OVERTURNED
}
