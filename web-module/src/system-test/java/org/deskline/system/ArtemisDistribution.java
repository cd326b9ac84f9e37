package org.deskline.system;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Artemis distribution (org.apache.artemis:apache-artemis from Maven Central, unpacked by the build into
 * {@code desk.artemis.home}): broker instances made with {@code artemis create} and run as separate processes, so
 * tests can kill them with -9 as a power cut would.
 */
final class ArtemisDistribution {

    static final String USER = "desk";
    static final String PASSWORD = "desk-secret";

    private ArtemisDistribution() {
    }

    /** {@code artemis create INSTANCE} with login required, listening on 127.0.0.1:PORT, plus {@code extra}. */
    static void create(Path root, Path instance, int port, String... extra) throws Exception {
        Path home = Path.of(System.getProperty("desk.artemis.home"));
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/artemis").toString(), "create",
                instance.toString(), "--user", USER, "--password", PASSWORD, "--require-login", "--host",
                "127.0.0.1", "--default-port", String.valueOf(port), "--no-web", "--silent", "--no-autotune",
                "--no-hornetq-acceptor", "--no-mqtt-acceptor", "--no-amqp-acceptor", "--no-stomp-acceptor"));
        command.addAll(List.of(extra));
        Files.createDirectories(root);
        Path log = root.resolve("create.log");
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("artemis create failed: " + Files.readString(log));
        }
    }

    /** {@code INSTANCE/bin/artemis run}, output appended to LOG; returns once PORT accepts connections. */
    static Process start(Path instance, Path log, int port) throws Exception {
        Process broker = run(instance, log);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("the broker exited: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return broker;
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        broker.destroyForcibly();
        throw new IllegalStateException("the broker did not listen on " + port + " within 60 s");
    }

    /** {@code INSTANCE/bin/artemis run} without waiting (a backup does not listen until it takes over). */
    static Process run(Path instance, Path log) throws Exception {
        return new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until LOG contains TEXT (after OFFSET bytes). */
    static void awaitLog(Path log, String text, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("\"" + text + "\" not logged within " + timeoutMillis + " ms:\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    static void kill(Process broker) throws InterruptedException {
        if (broker != null) {
            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
