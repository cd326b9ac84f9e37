package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deskline.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 1: outside demo mode no default console credential exists. A server started without demo
 * data and with a weak DESK_ADMIN_PASSWORD creates no administrator (the password rules apply), says so in its log
 * with the rule, and nobody can sign in: neither the configured weak password nor the demo's admin / admin.
 */
class FirstAdminSecuritySystemIT {

    @Test
    void demo_mode_keeps_its_documented_administrator() throws Exception {
        assertThat(signIn(Soap.BASE, "admin", "admin")).isTrue();
        assertThat(signIn(Soap.BASE, "admin", "wrong")).isFalse();
    }

    @Test
    void no_default_administrator_outside_demo_mode_and_a_weak_password_is_refused() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "first-admin").toAbsolutePath();
        ServerProcess.deleteData(dir);
        Files.deleteIfExists(dir.resolve("server.log"));
        ServerProcess server = ServerProcess.launch(dir, Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("desk.war")), 19580, 20016,
                Map.of("DESK_DEMO", "false", "DESK_ADMIN_USER", "root", "DESK_ADMIN_PASSWORD", "root"));
        try {
            String base = "http://localhost:19580";
            assertThat(signIn(base, "root", "root")).as("the weak configured password").isFalse();
            assertThat(signIn(base, "admin", "admin")).as("the demo's administrator").isFalse();
            String log = Files.readString(dir.resolve("server.log"));
            assertThat(log).contains("DESK_ADMIN_PASSWORD is refused: At least 10 characters.")
                    .contains("No console administrator exists: set DESK_ADMIN_USER and DESK_ADMIN_PASSWORD");
        } finally {
            server.stop();
        }
    }

    private static boolean signIn(String base, String user, String password) throws Exception {
        return ConsoleLogin.signedIn(base, user, password) != null;
    }
}
