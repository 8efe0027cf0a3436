package dev.livecommerce.governance.qualification;

import java.util.List;

/** A registration with fields that cannot be accepted; carries every one of them, not only the first. */
public class InvalidQualificationException extends RuntimeException {

    private final transient List<InvalidField> fields;

    public InvalidQualificationException(List<InvalidField> fields) {
        super(fields.size() + " invalid field(s): " + fields, null, false, false);
        this.fields = List.copyOf(fields);
    }

    public List<InvalidField> fields() {
        return fields;
    }
}
