package org.deskline.alert.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.deskline.alert.entity.AlertType;
import org.deskline.ticket.entity.Ticket;

/**
 * Builds the JSON document of an alert (schema {@value #SCHEMA}, documented in docs/alerts.md). Messages are
 * documents, never serialised Java objects.
 */
public final class AlertDocument {

    public static final String SCHEMA = "deskline.alert/1";

    private AlertDocument() {
    }

    public static String forTicket(String alertId, AlertType type, Instant occurredAt, Ticket ticket,
                                   String organizationName) {
        return forTicket(alertId, type, occurredAt, ticket, organizationName, null, null);
    }

    /** With a section of the alert's own, when given: {@code sla} (S6: the clock), {@code escalation} (S5). */
    public static String forTicket(String alertId, AlertType type, Instant occurredAt, Ticket ticket,
                                   String organizationName, String section, JsonObject details) {
        JsonObjectBuilder t = Json.createObjectBuilder()
                .add("id", ticket.getId())
                .add("kind", ticket.getKind().name())
                .add("title", ticket.getTitle())
                .add("category", ticket.getCategory().name())
                .add("priority", ticket.getPriority().name())
                .add("status", ticket.getStatus().name())
                .add("emergency", ticket.isEmergency())
                .add("channel", ticket.getChannel().name());
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("schema", SCHEMA)
                .add("alertId", alertId)
                .add("type", type.name())
                .add("severity", type.severity().name())
                .add("occurredAt", occurredAt.toString())
                .add("organization", Json.createObjectBuilder()
                        .add("id", ticket.getOrganizationId())
                        .add("name", organizationName))
                .add("project", Json.createObjectBuilder()
                        .add("id", ticket.getProject().getId())
                        .add("code", ticket.getProject().getCode()))
                .add("ticket", t);
        if (section != null && details != null) {
            document.add(section, details);
        }
        return document.build().toString();
    }
}
