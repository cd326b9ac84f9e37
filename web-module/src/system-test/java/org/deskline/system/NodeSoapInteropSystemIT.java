package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interoperability (issue 15): an integration written for Node with the npm {@code soap} package (versions pinned
 * by web-module/src/system-test/node/package-lock.json) builds its client from the live WSDL, without a catalog,
 * opens and reads a ticket and receives a typed deskFault with its code. Node and npm come from the machine
 * (Debian's nodejs and npm on a fresh one); under CI=true a missing Node fails the test.
 */
class NodeSoapInteropSystemIT {

    /** A value as text: the soap package turns numbers of the schema into JSON numbers, text into strings. */
    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : String.valueOf(v);
    }

    @Test
    void node_soap_client_creates_reads_and_gets_a_typed_fault() throws Exception {
        Path node = Tools.onPath("node");
        Path npm = Tools.onPath("npm");
        Tools.require(node != null && npm != null, "node or npm missing: apt-get install nodejs npm");
        Path source = Path.of(System.getProperty("desk.repository", "../"), "web-module/src/system-test/node");
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "node-soap");
        Files.createDirectories(work);
        for (String file : List.of("package.json", "package-lock.json", "ticket-client.mjs")) {
            Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Tools.Result install = Tools.run(work, "npm-ci.log", Duration.ofMinutes(5), Map.of(),
                List.of(npm.toString(), "ci", "--no-audit", "--no-fund"));
        assertThat(install.exitCode()).as(install.output()).isZero();

        Tools.Result run = Tools.run(work, "client.log", Duration.ofMinutes(2), Map.of(),
                List.of(node.toString(), "ticket-client.mjs", Soap.BASE, Soap.DEMO_CLIENT, Soap.DEMO_SECRET));
        assertThat(run.exitCode()).as(run.output()).isZero();
        String last = run.output().strip().lines().reduce((a, b) -> b).orElseThrow();
        JsonObject result = Json.createReader(new StringReader(last)).readObject();

        JsonObject created = result.getJsonObject("created");
        assertThat(created.getString("status")).isEqualTo("WAITING_FOR_REPLY");
        assertThat(created.getString("title")).startsWith("Node soap client");
        JsonObject read = result.getJsonObject("read");
        assertThat(text(read, "ticketId")).isEqualTo(text(created, "ticketId"));
        assertThat(read.getString("title")).isEqualTo(created.getString("title"));
        JsonObject fault = result.getJsonObject("fault");
        assertThat(fault.getString("code")).isEqualTo("NOT_FOUND");
        assertThat(fault.getString("field")).isEqualTo("ticketId");

        // the ticket is real: the Java client reads what Node created
        long id = Long.parseLong(text(created, "ticketId"));
        assertThat(Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET).getTicket(id).getTitle())
                .isEqualTo(created.getString("title"));
    }
}
