package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.UUID;
import javax.xml.datatype.DatatypeFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.deskline.client.backup.BackupPortType;
import org.deskline.client.backup.BackupReport;
import org.deskline.client.backup.BackupService;
import org.deskline.client.backup.BackupTier;
import org.junit.jupiter.api.Test;

/**
 * M1 as a backup system meets it: reports over SOAP (a client generated from the live WSDL, as an API client of
 * purpose BACKUP), the retention check's violation and recovery alerts received on the broker.
 */
class BackupSystemIT {

    private static final String BROKER = System.getProperty("desk.broker.url", "tcp://127.0.0.1:18616");

    static BackupPortType backups(String user, String secret) throws Exception {
        return Soap.signedIn(new BackupService(new URL(Soap.BASE + "/ws/backups?wsdl")).getBackupPort(), Soap.BASE,
                "/ws/backups", user, secret);
    }

    private static BackupReport report(String location, Instant takenAt) throws Exception {
        return report(BackupTier.DAILY, location, takenAt);
    }

    static BackupReport report(BackupTier tier, String location, Instant takenAt) throws Exception {
        BackupReport r = new BackupReport();
        r.setProjectCode("DEMO-SHOP");
        r.setTier(tier);
        r.setTakenAt(DatatypeFactory.newInstance().newXMLGregorianCalendar(GregorianCalendar.from(
                takenAt.atZone(java.time.ZoneOffset.UTC))));
        r.setLocation(location);
        r.setSizeBytes(52_428_800);
        r.setChecksum("0123456789abcdef".repeat(4));
        r.setClientRef(UUID.randomUUID().toString());
        return r;
    }

    /** The next BACKUP_* alert of DEMO-SHOP of this type whose violation is {@code key} (30 s at most). */
    private static JsonObject await(MessageConsumer consumer, String type, String key) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Message m = consumer.receive(1_000);
            if (m instanceof TextMessage text) {
                JsonObject alert = Json.createReader(new StringReader(text.getText())).readObject();
                if (alert.getString("type").equals(type) && alert.getJsonObject("project").getString("code")
                        .equals("DEMO-SHOP") && alert.getJsonObject("maintenance").getString("violation").equals(key)) {
                    return alert;
                }
            }
        }
        throw new AssertionError(type + " " + key + " did not arrive within 30 s");
    }

    @Test
    void m1_backups_reported_over_soap_raise_a_violation_and_its_recovery_on_the_broker() throws Exception {
        BackupPortType reporter = backups("backup-demo", "backup-demo-secret");
        try (Connection c = new ActiveMQConnectionFactory(BROKER).createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createTopic("deskline.alerts"), "alertType LIKE 'BACKUP_%'");
            c.start();
            Instant taken = Instant.now().minusSeconds(3_600);
            var first = reporter.reportBackup(report("eu-central", taken));
            assertThat(first.getId()).isPositive();
            reporter.reportBackup(report("me-south", taken));

            JsonObject violation = await(consumer, "BACKUP_VIOLATION", "MISSING_COPY/DAILY/us-east");
            assertThat(violation.getString("severity")).isEqualTo("WARNING");
            assertThat(violation.getJsonObject("maintenance").getString("detail")).contains("us-east");
            assertThat(reporter.getBackupViolations("DEMO-SHOP")).extracting(v -> v.getViolation())
                    .contains("MISSING_COPY/DAILY/us-east", "FEW_LOCATIONS/DAILY");

            reporter.reportBackup(report("us-east", taken));
            await(consumer, "BACKUP_RECOVERED", "MISSING_COPY/DAILY/us-east");
            await(consumer, "BACKUP_RECOVERED", "FEW_LOCATIONS/DAILY");
        }
    }

    @Test
    void m1_faults_name_the_field_and_other_organizations_and_erp_clients_are_kept_out() throws Exception {
        BackupPortType reporter = backups("backup-demo", "backup-demo-secret");
        var bad = report("eu-central", Instant.now());
        bad.setChecksum("not-a-sha256");
        assertThat(fault(() -> reporter.reportBackup(bad)).getField()).isEqualTo("checksum");
        var foreign = report("eu-central", Instant.now());
        foreign.setProjectCode("NW-PORTAL");
        assertThat(fault(() -> reporter.reportBackup(foreign)).getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> reporter.getPruningList("NW-PORTAL")).getCode()).isEqualTo("NOT_FOUND");
        // (four-monthly, so the daily violations the other test watches are not touched)
        var retry = report(BackupTier.FOUR_MONTHLY, "eu-central", Instant.now().minusSeconds(60));
        assertThat(reporter.reportBackup(retry).getId()).as("idempotent by clientRef")
                .isEqualTo(reporter.reportBackup(retry).getId());
        // an ERP system's client may not report backups, a backup system's may not open tickets
        assertThatThrownBy(() -> backups(Soap.DEMO_CLIENT, Soap.DEMO_SECRET).reportBackup(
                report("eu-central", Instant.now()))).isInstanceOf(jakarta.xml.ws.WebServiceException.class)
                .hasMessageContaining("403");
        assertThatThrownBy(() -> Soap.tickets("backup-demo", "backup-demo-secret").createTicket(
                TicketServiceSystemIT.newTicket("DEMO-SHOP", "From a backup system")))
                .isInstanceOf(jakarta.xml.ws.WebServiceException.class).hasMessageContaining("403");
    }

    static org.deskline.client.backup.DeskFaultInfo fault(Soap.Call call) {
        return Soap.fault(org.deskline.client.backup.DeskFaultInfo.class, call);
    }
}
