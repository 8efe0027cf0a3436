package dev.livecommerce.governance.qualification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** A registration whose every field was checked: the document a merchant asked to register. */
public record QualificationRegistration(QualificationType type, String documentNumber, String issuingAuthority,
        LocalDate validFrom, LocalDate validUntil, String evidenceRef) {

    public static final int DOCUMENT_NUMBER_LENGTH_MAX = 64;
    public static final int ISSUING_AUTHORITY_LENGTH_MAX = 200;
    public static final int EVIDENCE_REF_LENGTH_MAX = 2048;

    /**
     * Checks a request as of {@code today} (a calendar day in {@link QualificationDocument#VALIDITY_ZONE}).
     *
     * @throws InvalidQualificationException listing every invalid field
     */
    public static QualificationRegistration from(RegisterQualificationRequest request, LocalDate today) {
        List<InvalidField> invalid = new ArrayList<>();
        QualificationType type = type(request.type(), invalid);
        String number = text("documentNumber", request.documentNumber(), DOCUMENT_NUMBER_LENGTH_MAX, invalid);
        String authority = text("issuingAuthority", request.issuingAuthority(), ISSUING_AUTHORITY_LENGTH_MAX,
                invalid);
        LocalDate from = date("validFrom", request.validFrom(), invalid);
        LocalDate until = date("validUntil", request.validUntil(), invalid);
        if (from != null && until != null && until.isBefore(from)) {
            invalid.add(new InvalidField("validUntil", "must not be before validFrom (" + from + ")"));
        } else if (until != null && until.isBefore(today)) {
            invalid.add(new InvalidField("validUntil", "is in the past (today is " + today
                    + "): the document has expired and cannot qualify the merchant"));
        }
        String evidence = text("evidenceRef", request.evidenceRef(), EVIDENCE_REF_LENGTH_MAX, invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidQualificationException(invalid);
        }
        return new QualificationRegistration(type, number, authority, from, until, evidence);
    }

    /** Identifies the content, so that an idempotency key reused for another document is caught. */
    public String fingerprint() {
        String canonical = String.join("\u0000", type.name(), documentNumber, issuingAuthority, validFrom.toString(),
                validUntil.toString(), evidenceRef);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static QualificationType type(String value, List<InvalidField> invalid) {
        String known = Arrays.toString(QualificationType.values());
        if (value == null || value.isBlank()) {
            invalid.add(new InvalidField("type", "is required, one of " + known));
            return null;
        }
        try {
            return QualificationType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            invalid.add(new InvalidField("type", "'" + value + "' is not a qualification type; use one of " + known));
            return null;
        }
    }

    private static String text(String field, String value, int lengthMax, List<InvalidField> invalid) {
        if (value == null || value.isBlank()) {
            invalid.add(new InvalidField(field, "must not be blank"));
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > lengthMax) {
            invalid.add(new InvalidField(field, "must be at most " + lengthMax + " characters"));
            return null;
        }
        return stripped;
    }

    private static LocalDate date(String field, String value, List<InvalidField> invalid) {
        if (value == null || value.isBlank()) {
            invalid.add(new InvalidField(field, "is required, a date such as 2029-05-31"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            invalid.add(new InvalidField(field, "'" + value + "' is not a date of the form yyyy-mm-dd"));
            return null;
        }
    }
}
