package org.deskline.alert.boundary.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.deskline.platform.control.JsonDocs;
import org.junit.jupiter.api.Test;

/** Issue 21: the console's pages get what they show of an alert, not its whole document. */
class AlertBoardTest {

    @Test
    void a_pushed_alert_carries_its_id_type_severity_moment_and_its_tickets_number_and_title_only() {
        JsonObject document = JsonDocs.object()
                .add("schema", "deskline-alert/1")
                .add("alertId", "a-1").add("type", "SLA_WARNING").add("severity", "WARNING")
                .add("occurredAt", "2026-12-08T10:00:00Z")
                .add("organization", JsonDocs.object().add("id", 7).add("name", "Demo Trading Co"))
                .add("ticket", JsonDocs.object().add("id", 42).add("title", "Printer \"down\"").add("priority", "HIGH"))
                .add("sla", JsonDocs.object().add("metric", "RESPONSE"))
                .build();

        JsonObject pushed = JsonDocs.reader(new StringReader(AlertBoard.forConsole(document))).readObject();

        assertThat(pushed.keySet()).containsExactlyInAnyOrder("alertId", "type", "severity", "occurredAt", "ticket");
        assertThat(pushed.getString("alertId")).isEqualTo("a-1");
        assertThat(pushed.getString("severity")).isEqualTo("WARNING");
        assertThat(pushed.getJsonObject("ticket").getInt("id")).isEqualTo(42);
        assertThat(pushed.getJsonObject("ticket").getString("title")).isEqualTo("Printer \"down\"");
        assertThat(pushed.getJsonObject("ticket").keySet()).containsExactlyInAnyOrder("id", "title");
    }

    @Test
    void an_alert_without_a_ticket_is_pushed_without_one() {
        JsonObject document = JsonDocs.object().add("alertId", "a-2").add("type", "BACKUP_MISSED")
                .add("severity", "WARNING").add("occurredAt", "2026-12-08T10:00:00Z").build();

        assertThat(AlertBoard.forConsole(document)).doesNotContain("ticket").contains("\"alertId\":\"a-2\"");
    }
}
