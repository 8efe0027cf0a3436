package dev.livecommerce.governance.qualification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which of a category's requirements a merchant's documents leave unmet on a given day. */
public final class QualificationCheck {

    /** Returns the unmet requirements, in the order given; empty when the documents satisfy all of them. */
    public List<Requirement> missing(List<Requirement> requirements, List<QualificationDocument> documents,
            LocalDate day) {
        Set<QualificationType> held = EnumSet.noneOf(QualificationType.class);
        documents.stream().filter(d -> d.countsOn(day)).forEach(d -> held.add(d.type()));
        return requirements.stream().filter(r -> !r.isMetBy(held)).toList();
    }
}
