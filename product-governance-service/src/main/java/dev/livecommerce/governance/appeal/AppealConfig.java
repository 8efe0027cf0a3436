package dev.livecommerce.governance.appeal;

import io.smallrye.config.ConfigMapping;

/** governance.appeals.*: how long a merchant may appeal and how long a reviewer may take. */
@ConfigMapping(prefix = "governance.appeals")
public interface AppealConfig {

    /** Days after the decision (or the penalty's effective time) that an appeal is accepted. */
    int windowDays();

    /** Hours a reviewer has to decide an appeal; later, it is overdue. */
    int decisionDeadlineHours();

    /** How often the overdue gauge is recounted (a Quarkus scheduler interval such as 30s). */
    String overdueCountEvery();

    default AppealPolicy policy() {
        return new AppealPolicy(java.time.Duration.ofDays(windowDays()),
                java.time.Duration.ofHours(decisionDeadlineHours()));
    }
}
