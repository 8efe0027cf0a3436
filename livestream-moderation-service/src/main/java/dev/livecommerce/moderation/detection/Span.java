package dev.livecommerce.moderation.detection;

/** A span some rule was already reported for, in the coordinates of the text it is kept with. */
record Span(String ruleId, int start, int end) {

    boolean overlaps(String otherRuleId, int otherStart, int otherEnd) {
        return ruleId.equals(otherRuleId) && start < otherEnd && otherStart < end;
    }

    Span shiftedBy(int chars) {
        return new Span(ruleId, start + chars, end + chars);
    }
}
