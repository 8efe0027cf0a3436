package dev.livecommerce.governance.listing;

/** Product categories of the listing contract (contracts/schemas/listing-submitted.schema.json). */
public enum Category {
    FOOD, COSMETICS, APPAREL, ELECTRONICS, HOME, HEALTH_FOOD, FRESH_PRODUCE, BABY, OTHER
}
