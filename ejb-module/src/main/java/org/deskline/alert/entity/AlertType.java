package org.deskline.alert.entity;

/** S6: the kinds of alert the server emits. The name is the {@code type} field of the message. */
public enum AlertType {
    TICKET_CREATED(Severity.INFO),
    EMERGENCY_OPENED(Severity.CRITICAL);

    private final Severity severity;

    AlertType(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
