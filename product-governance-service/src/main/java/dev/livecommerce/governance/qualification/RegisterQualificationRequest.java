package dev.livecommerce.governance.qualification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merchant's document as sent. Fields are taken as text and checked by {@link QualificationRegistration}, so that
 * an unknown type or a mistyped date is answered like every other invalid field: 422 naming the field.
 */
public record RegisterQualificationRequest(
        @Schema(description = "Qualification type", enumeration = {
                "FOOD_BUSINESS_LICENCE", "FOOD_PRODUCTION_LICENCE",
                "COSMETICS_FILING", "SPECIAL_COSMETICS_LICENCE", "HEALTH_FOOD_REGISTRATION", "CCC_CERTIFICATE",
                "BABY_FOOD_REGISTRATION"}, required = true) String type,
        @Schema(description = "Number printed on the document, 1-64 characters", examples = "JY13301060012345", required = true) String documentNumber,
        @Schema(description = "Authority that issued it, 1-200 characters", examples = "杭州市西湖区市场监督管理局", required = true) String issuingAuthority,
        @Schema(description = "First day of validity (inclusive)", format = "date", examples = "2024-06-01", required = true) String validFrom,
        @Schema(description = "Last day of validity (inclusive), not before validFrom and not in the past", format = "date", examples = "2029-05-31", required = true) String validUntil,
        @Schema(description = "Reference to the scanned document in the evidence store, 1-2048 characters", examples = "evidence/qualifications/m-1001/jy13301060012345.pdf", required = true) String evidenceRef){
}
