package org.deskline.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: the generated key file is owner-only, and one others can read stops the start-up with the fix named. */
class SecretKeysTest {

    @TempDir
    Path data;

    private SecretKeys keys() {
        SecretKeys keys = new SecretKeys();
        keys.configured = Optional.empty();
        keys.dataDir = data.toString();
        return keys;
    }

    @Test
    void a_generated_key_is_owner_only_and_passes_the_start_up_check() throws Exception {
        keys().box();
        Path file = data.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        keys().atStartup(new Object());
    }

    @Test
    void a_key_file_others_can_read_is_refused_at_start_up_and_at_first_use() throws Exception {
        keys().box();
        Path file = data.resolve("secret.key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> keys().atStartup(new Object())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chmod 600 " + file).hasMessageContaining("rw-r--r--");
        assertThatThrownBy(() -> keys().box()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void with_a_configured_key_the_file_is_not_looked_at() throws Exception {
        Files.writeString(data.resolve("secret.key"), "ignored");
        Files.setPosixFilePermissions(data.resolve("secret.key"), PosixFilePermissions.fromString("rw-rw-rw-"));
        SecretKeys keys = keys();
        keys.configured = Optional.of(java.util.Base64.getEncoder().encodeToString(new byte[32]));
        keys.atStartup(new Object());
        assertThat(keys.box()).isNotNull();
    }
}
