package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 against the black-box server: readiness (database and its migration, broker, outbox, SLA scheduler,
 * disk) and liveness answer without signing in, as balancers and supervisors ask, and say nothing secret. The
 * broker going away and coming back is {@code ExternalBrokerSystemIT}'s.
 */
class OperationsSystemIT {

    @Test
    void readiness_and_liveness_name_their_checks_and_say_nothing_secret() throws Exception {
        HealthProbe.Answer ready = HealthProbe.waitForUp(Soap.BASE, 60);
        assertThat(ready.http()).as(ready.body().toString()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        assertThat(ready.checks()).containsEntry("database", "UP").containsEntry("broker", "UP")
                .containsEntry("alert-outbox", "UP").containsEntry("sla-scheduler", "UP")
                .containsEntry("data-disk", "UP");
        String body = ready.body().toString();
        assertThat(body).contains("\"schema\"").doesNotContainIgnoringCase("password")
                .doesNotContainIgnoringCase("secret").doesNotContain("jdbc:");
        HealthProbe.Answer live = HealthProbe.live(Soap.BASE);
        assertThat(live.http()).as("%s%n%s", live.body(), deadlockReport()).isEqualTo(200);
        assertThat(live.checks()).containsEntry("deadlocks", "UP");
    }

    /** What the server logged of a deadlock (DeadlockLiveness), so that a failure here shows its threads. */
    private static String deadlockReport() throws Exception {
        Path log = Path.of(System.getProperty("desk.blackbox.dir", "target/it/blackbox"), "server.log");
        if (!Files.exists(log)) {
            return "(no server log at " + log + ")";
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("Liveness DOWN:");
        return at < 0 ? "(the server log reports no deadlock)" : text.substring(at, Math.min(text.length(), at + 12_000));
    }
}
