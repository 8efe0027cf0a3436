package dev.livecommerce.claims;

/** What a rule looks for; every match carries the type of the rule that produced it. */
public enum ClaimType {
    /** Superlatives banned by the Advertising Law ("最好", "第一", "国家级"), within the regulator's exemptions. */
    ABSOLUTE_TERM,
    /** Medical or efficacy claims for food and cosmetics ("降血压", "7天美白"). */
    EFFICACY_CLAIM,
    /** Steering buyers off the platform: messenger handles, phone numbers, payment outside the platform. */
    OFF_PLATFORM_CONTACT,
    /** Price claims that mislead: "全网最低价", an unfounded "出厂价", an invented original price. */
    FALSE_PRICE,
    /** Goods that may not be sold at all: imitation guns, ivory, surrogacy, prescription drugs. */
    PROHIBITED_GOODS
}
