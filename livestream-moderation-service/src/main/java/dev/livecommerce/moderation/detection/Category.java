package dev.livecommerce.moderation.detection;

/** The platform categories a room sells in (the same values as listings); the claim rules are chosen by them. */
public enum Category {
    FOOD, COSMETICS, APPAREL, ELECTRONICS, HOME, HEALTH_FOOD, FRESH_PRODUCE, BABY, OTHER
}
