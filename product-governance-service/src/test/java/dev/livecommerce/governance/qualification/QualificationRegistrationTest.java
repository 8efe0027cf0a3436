package dev.livecommerce.governance.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class QualificationRegistrationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 11);

    @Test
    void aCompleteRequestIsAccepted() {
        QualificationRegistration registration = QualificationRegistration.from(request("FOOD_BUSINESS_LICENCE",
                " JY13301060012345 ", "2024-06-01", "2029-05-31"), TODAY);

        assertEquals(QualificationType.FOOD_BUSINESS_LICENCE, registration.type());
        assertEquals("JY13301060012345", registration.documentNumber());
        assertEquals(LocalDate.of(2029, 5, 31), registration.validUntil());
    }

    @Test
    void untilBeforeFromNamesValidUntil() {
        assertEquals(List.of("validUntil"), fieldsOf(request("FOOD_BUSINESS_LICENCE", "JY1", "2026-01-01",
                "2025-12-31")));
    }

    @Test
    void aDocumentThatHasAlreadyExpiredIsRefused() {
        assertEquals(List.of("validUntil"), fieldsOf(request("FOOD_BUSINESS_LICENCE", "JY1", "2020-01-01",
                "2025-11-10")));
        QualificationRegistration.from(request("FOOD_BUSINESS_LICENCE", "JY1", "2020-01-01", "2025-11-11"), TODAY);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        InvalidQualificationException e = assertThrows(InvalidQualificationException.class,
                () -> QualificationRegistration.from(new RegisterQualificationRequest("BUSINESS_LICENCE", "  ", null,
                        "2025/01/01", "", "x".repeat(2049)), TODAY));

        assertEquals(List.of("type", "documentNumber", "issuingAuthority", "validFrom", "validUntil", "evidenceRef"),
                e.fields().stream().map(InvalidField::field).toList());
        assertTrue(e.fields().get(0).message().contains("FOOD_BUSINESS_LICENCE"), "lists the known types");
        assertTrue(e.fields().get(3).message().contains("yyyy-mm-dd"));
    }

    @Test
    void lengthsCountCharactersNotBytes() {
        String authority = "市".repeat(QualificationRegistration.ISSUING_AUTHORITY_LENGTH_MAX);
        QualificationRegistration.from(new RegisterQualificationRequest("CCC_CERTIFICATE", "2020010901312345",
                authority, "2024-01-01", "2029-01-01", "evidence/1"), TODAY);
        assertEquals(List.of("issuingAuthority"), fieldsOf(new RegisterQualificationRequest("CCC_CERTIFICATE",
                "2020010901312345", authority + "市", "2024-01-01", "2029-01-01", "evidence/1")));
    }

    @Test
    void theFingerprintFollowsTheContent() {
        QualificationRegistration a = QualificationRegistration.from(request("COSMETICS_FILING", "G1", "2024-01-01",
                "2029-01-01"), TODAY);
        QualificationRegistration same = QualificationRegistration.from(request("COSMETICS_FILING", "G1 ",
                "2024-01-01", "2029-01-01"), TODAY);
        QualificationRegistration other = QualificationRegistration.from(request("COSMETICS_FILING", "G2",
                "2024-01-01", "2029-01-01"), TODAY);

        assertEquals(a.fingerprint(), same.fingerprint());
        assertNotEquals(a.fingerprint(), other.fingerprint());
    }

    private static List<String> fieldsOf(RegisterQualificationRequest request) {
        return assertThrows(InvalidQualificationException.class,
                () -> QualificationRegistration.from(request, TODAY)).fields().stream().map(InvalidField::field)
                .toList();
    }

    private static RegisterQualificationRequest request(String type, String number, String from, String until) {
        return new RegisterQualificationRequest(type, number, "杭州市西湖区市场监督管理局", from, until,
                "evidence/qualifications/m-1001/licence.pdf");
    }
}
