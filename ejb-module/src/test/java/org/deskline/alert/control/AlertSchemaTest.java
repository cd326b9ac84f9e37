package org.deskline.alert.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.deskline.alert.entity.AlertType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The alert documents this module writes follow the published JSON Schema (served by the server at
 * /schemas/alert-1.schema.json); the SLA and escalation sections are checked end to end by AlertContractSystemIT.
 */
class AlertSchemaTest {

    private static final Path SCHEMA = Path.of("../web-module/src/main/webapp/schemas/alert-1.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @EnumSource(value = AlertType.class, names = {"TICKET_CREATED", "EMERGENCY_OPENED", "AUTO_CLOSED", "LOW_RATING",
            "QUALITY_REVIEW_REQUESTED"})
    void s6_every_ticket_alert_follows_the_published_schema(AlertType type) throws Exception {
        String doc = AlertDocument.forTicket("3f0c5d0e-8a53-4f55-9d7a-2b8c1f1a9e11", type,
                Instant.parse("2026-11-22T08:30:00Z"), AlertDocumentTest.demoTicket(), "Demo Trading Co");
        assertThat(schema().validate(JSON.readTree(doc))).isEmpty();
    }

    @Test
    void s6_the_schema_refuses_what_breaks_the_contract() throws Exception {
        String good = AlertDocument.forTicket("3f0c5d0e-8a53-4f55-9d7a-2b8c1f1a9e11", AlertType.SLA_BREACHED,
                Instant.parse("2026-11-22T08:30:00Z"), AlertDocumentTest.demoTicket(), "Demo Trading Co");
        assertThat(schema().validate(JSON.readTree(good))).as("an SLA alert without its sla section").isNotEmpty();
        String noTicket = "{\"schema\":\"deskline.alert/1\",\"alertId\":\"3f0c5d0e-8a53-4f55-9d7a-2b8c1f1a9e11\","
                + "\"type\":\"TICKET_CREATED\",\"severity\":\"INFO\",\"occurredAt\":\"2026-11-22T08:30:00Z\"}";
        assertThat(schema().validate(JSON.readTree(noTicket))).isNotEmpty();
        String unknownType = noTicket.replace("TICKET_CREATED", "SOMETHING_ELSE");
        assertThat(schema().validate(JSON.readTree(unknownType))).isNotEmpty();
    }

    @Test
    void the_schema_names_every_alert_type_the_server_has() throws Exception {
        var types = JSON.readTree(SCHEMA.toFile()).at("/properties/type/enum");
        assertThat(types).hasSize(AlertType.values().length);
        for (AlertType t : AlertType.values()) {
            assertThat(types.toString()).contains("\"" + t.name() + "\"");
        }
    }
}
