package dev.livecommerce.governance.qualification;

/** Kinds of documents a merchant registers to sell in regulated categories. */
public enum QualificationType {
    /** 食品经营许可证: selling food. */
    FOOD_BUSINESS_LICENCE,
    /** 食品生产许可证 (SC): producing food, and selling what one produces. */
    FOOD_PRODUCTION_LICENCE,
    /** 普通化妆品备案: an ordinary cosmetic's filing. */
    COSMETICS_FILING,
    /** 特殊化妆品注册证: a special cosmetic (whitening, sunscreen, hair dye ...). */
    SPECIAL_COSMETICS_LICENCE,
    /** 保健食品注册证书 or 备案凭证: a health food's registration or filing. */
    HEALTH_FOOD_REGISTRATION,
    /** 强制性产品认证 (3C): products in the compulsory certification catalogue. */
    CCC_CERTIFICATE,
    /** 婴幼儿配方乳粉产品配方注册: an infant formula's registered formula. */
    BABY_FOOD_REGISTRATION
}
