package dev.livecommerce.governance.ip;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "governance.ip")
public interface IpConfig {

    /** How long after a takedown the merchant may file a counter-notice. */
    @WithDefault("15")
    @Positive
    int counterNoticeWindowDays();
}
