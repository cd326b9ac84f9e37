package org.deskline.platform;

import jakarta.ejb.ApplicationException;

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

    public DeskException(ErrorCode code, String field, String rule, String message) {
        super(message);
        this.code = code;
        this.field = field;
        this.rule = rule;
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
}
