package org.deskline.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The root of every business error. Control and entity code throws it; only boundaries (SOAP endpoints,
 * Faces beans) translate it into a fault or a message. Rolls the current transaction back, so a refused
 * operation leaves nothing half-written.
 */
@ApplicationException(rollback = true)
public class DeskException extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private final String rule;
    private final List<Long> related;

    public DeskException(ErrorCode code, String field, String rule, String message) {
        this(code, field, rule, message, List.of());
    }

    public DeskException(ErrorCode code, String field, String rule, String message, List<Long> related) {
        super(message);
        this.code = code;
        this.field = field;
        this.rule = rule;
        this.related = List.copyOf(related);
    }

    public static DeskException invalid(String field, String rule, String message) {
        return new DeskException(ErrorCode.VALIDATION, field, rule, message);
    }

    public static DeskException notFound(String field, String what, Object id) {
        return new DeskException(ErrorCode.NOT_FOUND, field, null, "No " + what + " " + id + " exists.");
    }

    public ErrorCode code() {
        return code;
    }

    /** The request field at fault, or null when the error is not about one field. */
    public String field() {
        return field;
    }

    /** The product rule that was broken (e.g. "T2"), or null. */
    public String rule() {
        return rule;
    }

    /** Ids of the objects the error is about (the active tickets for T9, the original for T10). */
    public List<Long> related() {
        return related;
    }
}
