package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

class TokenLogGuardTest {

    @Test
    void the_expected_token_of_a_refused_protected_view_never_reaches_the_log() {
        LogRecord refused = new LogRecord(Level.SEVERE, "correctSecretKeyValue = {0} incomingSecretKeyValue = {1}");
        refused.setParameters(new Object[] {"Sz4YYws6774eqwLrAxAamk87vCoL1LZ4WfZLlAE%3D", null});

        TokenLogGuard.redact(refused);

        String written = new SimpleFormatter().formatMessage(refused);
        assertThat(written).doesNotContain("Sz4YYws6774").isEqualTo(TokenLogGuard.REDACTED);
        assertThat(refused.getLevel()).isEqualTo(Level.WARNING);
    }

    @Test
    void other_records_of_the_lifecycle_logger_are_left_as_they_are() {
        LogRecord other = new LogRecord(Level.INFO, "Restoring view {0}");
        other.setParameters(new Object[] {"/console/tickets.xhtml"});

        TokenLogGuard.redact(other);

        assertThat(new SimpleFormatter().formatMessage(other)).isEqualTo("Restoring view /console/tickets.xhtml");
        assertThat(other.getLevel()).isEqualTo(Level.INFO);
    }
}
