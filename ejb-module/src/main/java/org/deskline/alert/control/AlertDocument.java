package org.deskline.alert.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.deskline.alert.entity.Alert;
import org.deskline.alert.entity.AlertType;
import org.deskline.platform.control.JsonDocs;
import org.deskline.ticket.entity.Ticket;

/**
 * Builds the JSON document of an alert (schema {@value #SCHEMA}, documented in docs/alerts.md). Messages are
 * documents, never serialised Java objects.
 */
public final class AlertDocument {

    public static final String SCHEMA = "deskline.alert/1";

    private static final List<String> REQUIRED = List.of("schema", "alertId", "type", "severity", "occurredAt");

    private AlertDocument() {
    }

    /**
     * Why the stored alert cannot go out as it is (its document is not JSON, or breaks the schema's envelope or
     * disagrees with the row), or empty when it can. Such an alert is parked, never retried.
     */
    public static Optional<String> problem(Alert alert) {
        JsonObject document;
        try (JsonReader reader = JsonDocs.reader(new StringReader(alert.getPayload()))) {
            document = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Optional.of("not a JSON object: " + e.getMessage());
        }
        for (String field : REQUIRED) {
            if (!(document.get(field) instanceof JsonString)) {
                return Optional.of("the document lacks the text field " + field);
            }
        }
        if (!SCHEMA.equals(document.getString("schema"))) {
            return Optional.of("schema " + document.getString("schema") + " is not " + SCHEMA);
        }
        if (!alert.getId().equals(document.getString("alertId"))
                || !alert.getType().name().equals(document.getString("type"))) {
            return Optional.of("the document's alertId/type disagree with the outbox row");
        }
        return Optional.empty();
    }

    public static String forTicket(String alertId, AlertType type, Instant occurredAt, Ticket ticket,
                                   String organizationName) {
        return forTicket(alertId, type, occurredAt, ticket, organizationName, null, null);
    }

    /** With a section of the alert's own, when given: {@code sla} (S6: the clock), {@code escalation} (S5). */
    public static String forTicket(String alertId, AlertType type, Instant occurredAt, Ticket ticket,
                                   String organizationName, String section, JsonObject details) {
        JsonObjectBuilder t = JsonDocs.object()
                .add("id", ticket.getId())
                .add("kind", ticket.getKind().name())
                .add("title", ticket.getTitle())
                .add("category", ticket.getCategory().name())
                .add("priority", ticket.getPriority().name())
                .add("status", ticket.getStatus().name())
                .add("emergency", ticket.isEmergency())
                .add("channel", ticket.getChannel().name());
        JsonObjectBuilder document = header(alertId, type, occurredAt, ticket.getOrganizationId(), organizationName)
                .add("project", JsonDocs.object()
                        .add("id", ticket.getProject().getId())
                        .add("code", ticket.getProject().getCode()))
                .add("ticket", t);
        if (section != null && details != null) {
            document.add(section, details);
        }
        return document.build().toString();
    }

    /**
     * An organization's alert without a ticket (billing: subscriptions, hours packages; maintenance: a project's
     * backups), with its section and, when given, the project.
     */
    public static String forOrganization(String alertId, AlertType type, Instant occurredAt, long organizationId,
                                         String organizationName, Long projectId, String projectCode, String section,
                                         JsonObject details) {
        JsonObjectBuilder document = header(alertId, type, occurredAt, organizationId, organizationName);
        if (projectId != null) {
            document.add("project", JsonDocs.object().add("id", projectId).add("code", projectCode));
        }
        return document.add(section, details).build().toString();
    }

    /** What every alert document starts with: schema, id, type, severity, moment, organization. */
    private static JsonObjectBuilder header(String alertId, AlertType type, Instant occurredAt, long organizationId,
                                            String organizationName) {
        return JsonDocs.object()
                .add("schema", SCHEMA)
                .add("alertId", alertId)
                .add("type", type.name())
                .add("severity", type.severity().name())
                .add("occurredAt", occurredAt.toString())
                .add("organization", JsonDocs.object()
                        .add("id", organizationId)
                        .add("name", organizationName));
    }
}
