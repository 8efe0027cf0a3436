package dev.livecommerce.governance.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What the requirement check needs of a registered document. Validity runs from {@code validFrom} to
 * {@code validUntil}, both inclusive, in calendar days of the issuing authority.
 */
public record QualificationDocument(QualificationType type, LocalDate validFrom, LocalDate validUntil,
        boolean revoked) {

    /** Chinese authorities print validity dates in China Standard Time, whatever the server's zone. */
    public static final ZoneId VALIDITY_ZONE = ZoneId.of("Asia/Shanghai");

    public static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(VALIDITY_ZONE).toLocalDate();
    }

    public QualificationState stateOn(LocalDate day) {
        if (revoked) {
            return QualificationState.REVOKED;
        }
        if (day.isAfter(validUntil)) {
            return QualificationState.EXPIRED;
        }
        if (day.isBefore(validFrom)) {
            return QualificationState.NOT_YET_VALID;
        }
        return QualificationState.VALID;
    }

    public boolean countsOn(LocalDate day) {
        return stateOn(day) == QualificationState.VALID;
    }
}
