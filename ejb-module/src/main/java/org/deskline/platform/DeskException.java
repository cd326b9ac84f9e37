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
    private final Text text;

    /**
     * Issue 20: the refusal as a key of the console's bundles and its arguments, so a Persian or Russian page says
     * it in its own language; the SOAP fault keeps the English message. Arguments are numbers, dates, enum values
     * (shown by their labels) or the user's own words, never English sentences.
     */
    public record Text(String key, List<Object> arguments) {
        public Text {
            arguments = arguments.stream().map(a -> a == null ? (Object) "" : a).toList();
        }
    }

    public DeskException(ErrorCode code, String field, String rule, String message) {
        this(code, field, rule, message, List.of());
    }

    public DeskException(ErrorCode code, String field, String rule, String message, List<Long> related) {
        this(code, field, rule, message, related, null);
    }

    private DeskException(ErrorCode code, String field, String rule, String message, List<Long> related, Text text) {
        super(message);
        this.code = code;
        this.field = field;
        this.rule = rule;
        this.related = List.copyOf(related);
        this.text = text;
    }

    /** The same refusal, said by a bundle key with its arguments ({@code refusal.*} in the console's bundles). */
    public DeskException because(String key, Object... arguments) {
        return new DeskException(code, field, rule, getMessage(), related,
                new Text(key, java.util.Arrays.asList(arguments)));
    }

    public static DeskException invalid(String field, String rule, String message) {
        return new DeskException(ErrorCode.VALIDATION, field, rule, message);
    }

    public static DeskException notFound(String field, String what, Object id) {
        return new DeskException(ErrorCode.NOT_FOUND, field, null, "No " + what + " " + id + " exists.")
                .because("refusal.notFound", id);
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

    /** The bundle key and arguments of the refusal, or null when only the English message says it. */
    public Text text() {
        return text;
    }
}
