package dev.livecommerce.governance.qualification;

import io.smallrye.config.ConfigMapping;

/** governance.qualification.* (defaults in application.properties). */
@ConfigMapping(prefix = "governance.qualification")
public interface QualificationConfig {

    /** How often documents past their validity are marked expired and announced, e.g. 5m. */
    String expiryCheckEvery();

    /** Documents expired per transaction; a longer backlog is worked off over the following runs. */
    int expiryBatchSizeMax();

    /** Active documents one merchant may hold: bounds what a requirement check loads. */
    int activePerMerchantMax();
}
