package dev.livecommerce.governance.qualification;

import static dev.livecommerce.governance.qualification.QualificationType.BABY_FOOD_REGISTRATION;
import static dev.livecommerce.governance.qualification.QualificationType.CCC_CERTIFICATE;
import static dev.livecommerce.governance.qualification.QualificationType.FOOD_BUSINESS_LICENCE;
import static dev.livecommerce.governance.qualification.QualificationType.FOOD_PRODUCTION_LICENCE;
import static dev.livecommerce.governance.qualification.QualificationType.HEALTH_FOOD_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.listing.Category;

class QualificationCheckTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 11);

    private static final Requirement FOOD = new Requirement("food-licence", Category.FOOD,
            List.of(Set.of(FOOD_BUSINESS_LICENCE), Set.of(FOOD_PRODUCTION_LICENCE)), "food licence", "食品安全法");
    private static final Requirement HEALTH_FOOD_PRODUCT = new Requirement("health-food-product",
            Category.HEALTH_FOOD, List.of(Set.of(HEALTH_FOOD_REGISTRATION)), "registration", "食品安全法");
    private static final Requirement HEALTH_FOOD_LICENCE = new Requirement("health-food-licence",
            Category.HEALTH_FOOD, List.of(Set.of(FOOD_BUSINESS_LICENCE), Set.of(FOOD_PRODUCTION_LICENCE)), "licence",
            "食品安全法");
    private static final Requirement BABY = new Requirement("baby-goods", Category.BABY,
            List.of(Set.of(BABY_FOOD_REGISTRATION, FOOD_BUSINESS_LICENCE), Set.of(CCC_CERTIFICATE)), "baby",
            "食品安全法");

    private final QualificationCheck check = new QualificationCheck();

    @Test
    void anyAcceptableDocumentMeetsTheRequirement() {
        assertEquals(List.of(), check.missing(List.of(FOOD), List.of(valid(FOOD_PRODUCTION_LICENCE)), DAY));
        assertEquals(List.of(), check.missing(List.of(FOOD), List.of(valid(FOOD_BUSINESS_LICENCE)), DAY));
    }

    @Test
    void withoutDocumentsEveryRequirementIsMissing() {
        assertEquals(List.of(HEALTH_FOOD_PRODUCT, HEALTH_FOOD_LICENCE),
                check.missing(List.of(HEALTH_FOOD_PRODUCT, HEALTH_FOOD_LICENCE), List.of(), DAY));
    }

    @Test
    void onlyTheUnmetRequirementsAreReported() {
        assertEquals(List.of(HEALTH_FOOD_PRODUCT), check.missing(List.of(HEALTH_FOOD_PRODUCT, HEALTH_FOOD_LICENCE),
                List.of(valid(FOOD_BUSINESS_LICENCE)), DAY));
    }

    @Test
    void aSetIsMetOnlyByAllOfItsTypes() {
        assertEquals(List.of(BABY), check.missing(List.of(BABY), List.of(valid(BABY_FOOD_REGISTRATION)), DAY));
        assertEquals(List.of(), check.missing(List.of(BABY),
                List.of(valid(BABY_FOOD_REGISTRATION), valid(FOOD_BUSINESS_LICENCE)), DAY));
        assertEquals(List.of(), check.missing(List.of(BABY), List.of(valid(CCC_CERTIFICATE)), DAY));
    }

    @Test
    void validityIsInclusiveAtBothEnds() {
        QualificationDocument licence = new QualificationDocument(FOOD_BUSINESS_LICENCE, DAY, DAY.plusDays(10),
                false);

        assertEquals(List.of(FOOD), check.missing(List.of(FOOD), List.of(licence), DAY.minusDays(1)));
        assertEquals(List.of(), check.missing(List.of(FOOD), List.of(licence), DAY));
        assertEquals(List.of(), check.missing(List.of(FOOD), List.of(licence), DAY.plusDays(10)));
        assertEquals(List.of(FOOD), check.missing(List.of(FOOD), List.of(licence), DAY.plusDays(11)));
    }

    @Test
    void expiredNotYetValidAndRevokedDocumentsDoNotCount() {
        QualificationDocument expired = new QualificationDocument(FOOD_BUSINESS_LICENCE, DAY.minusYears(5),
                DAY.minusDays(1), false);
        QualificationDocument future = new QualificationDocument(FOOD_BUSINESS_LICENCE, DAY.plusDays(1),
                DAY.plusYears(5), false);
        QualificationDocument revoked = new QualificationDocument(FOOD_BUSINESS_LICENCE, DAY.minusYears(1),
                DAY.plusYears(4), true);

        assertEquals(List.of(FOOD), check.missing(List.of(FOOD), List.of(expired, future, revoked), DAY));
        assertEquals(QualificationState.EXPIRED, expired.stateOn(DAY));
        assertEquals(QualificationState.NOT_YET_VALID, future.stateOn(DAY));
        assertEquals(QualificationState.REVOKED, revoked.stateOn(DAY));
    }

    @Test
    void aCategoryWithoutRequirementsNeedsNothing() {
        assertEquals(List.of(), check.missing(List.of(), List.of(), DAY));
    }

    @Test
    void theDayIsTheChinaStandardTimeCalendarDay() {
        // 16:30 UTC on the 30th is already 00:30 on the 1st in Beijing: a licence valid until the 30th has run out.
        OffsetDateTime at = OffsetDateTime.of(2025, 11, 30, 16, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2025, 12, 1), QualificationDocument.dayOf(at));
    }

    @Test
    void aRequirementNeedsAtLeastOneNonEmptySet() {
        assertThrows(IllegalArgumentException.class,
                () -> new Requirement("r", Category.FOOD, List.of(), "none", "none"));
        assertThrows(IllegalArgumentException.class,
                () -> new Requirement("r", Category.FOOD, List.of(Set.of()), "empty", "none"));
    }

    private static QualificationDocument valid(QualificationType type) {
        return new QualificationDocument(type, DAY.minusYears(1), DAY.plusYears(4), false);
    }
}
