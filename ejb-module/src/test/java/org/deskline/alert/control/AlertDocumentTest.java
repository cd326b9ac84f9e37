package org.deskline.alert.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.deskline.alert.entity.AlertType;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.ticket.TicketFixtures;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketKind;
import org.junit.jupiter.api.Test;

class AlertDocumentTest {

    @Test
    void s6_alert_document_carries_id_type_severity_and_the_ticket() throws Exception {
        Instant now = Instant.parse("2026-11-22T08:30:00Z");
        Ticket ticket = demoTicket();

        JsonObject doc = Json.createReader(new StringReader(AlertDocument.forTicket("a-1",
                AlertType.EMERGENCY_OPENED, now, ticket, "Demo Trading Co"))).readObject();

        assertThat(doc.getString("schema")).isEqualTo("deskline.alert/1");
        assertThat(doc.getString("alertId")).isEqualTo("a-1");
        assertThat(doc.getString("type")).isEqualTo("EMERGENCY_OPENED");
        assertThat(doc.getString("severity")).isEqualTo("CRITICAL");
        assertThat(doc.getString("occurredAt")).isEqualTo("2026-11-22T08:30:00Z");
        assertThat(doc.getJsonObject("organization").getJsonNumber("id").longValue()).isEqualTo(7L);
        assertThat(doc.getJsonObject("project").getString("code")).isEqualTo("DEMO-SHOP");
        JsonObject t = doc.getJsonObject("ticket");
        assertThat(t.getJsonNumber("id").longValue()).isEqualTo(42L);
        assertThat(t.getString("title")).isEqualTo("Site down");
        assertThat(t.getString("priority")).isEqualTo("URGENT");
        assertThat(t.getString("status")).isEqualTo("WAITING_FOR_REPLY");
        assertThat(t.getBoolean("emergency")).isTrue();
    }

    /** An urgent emergency ticket #42 of project DEMO-SHOP (#11) of Demo Trading Co (#7), as alerts see it. */
    static Ticket demoTicket() throws Exception {
        Instant now = Instant.parse("2026-11-22T08:30:00Z");
        Organization org = new Organization("Demo Trading Co", now);
        TicketFixtures.setId(org, 7L);
        Project project = new Project(org, "DEMO-SHOP", "Shop", now);
        TicketFixtures.setId(project, 11L);
        Ticket ticket = new Ticket(project, TicketKind.SUPPORT, Category.TECHNICAL, Priority.URGENT, true,
                "Site down", "Nothing loads", Channel.SOAP, "erp-demo", now);
        TicketFixtures.setId(ticket, 42L);
        return ticket;
    }
}
