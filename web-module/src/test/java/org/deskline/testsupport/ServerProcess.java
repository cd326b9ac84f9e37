package org.deskline.testsupport;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the built WAR on Payara Micro as a separate process, the way the README's run command does, for the
 * black-box tests: its own data directory, HTTP port and broker port, demo data on.
 *
 * <pre>ServerProcess start DIR MICRO_JAR WAR HTTP_PORT BROKER_PORT   (fresh data, waits until ready)
 * ServerProcess stop DIR</pre>
 */
public final class ServerProcess {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Path dir;
    private final Process process;
    private final int httpPort;

    private ServerProcess(Path dir, Process process, int httpPort) {
        this.dir = dir;
        this.process = process;
        this.httpPort = httpPort;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]).toAbsolutePath();
        if ("start".equals(args[0])) {
            stopRecorded(dir);
            TestFiles.deleteTree(dir.resolve("data"));
            int httpsPort = args.length > 6 ? Integer.parseInt(args[6]) : 0;
            // the in-server run on PostgreSQL uses this server's embedded broker as its external one (web-module/pom.xml)
            launch(dir, Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Map.of("DESK_BROKER_USER", "deskline-peer", "DESK_BROKER_PASSWORD", "peer-secret-of-the-tests"),
                    httpsPort);
        } else {
            stopRecorded(dir);
        }
    }

    /** Starts the server on the data in DIR/data (kept from an earlier run, if any) and waits until it answers. */
    /** The token the test servers' /metrics wants (issue 22). */
    public static final String METRICS_TOKEN = "metrics-token-of-the-test-servers";

    public static ServerProcess launch(Path dir, Path microJar, Path war, int httpPort, int brokerPort)
            throws Exception {
        return launch(dir, microJar, war, httpPort, brokerPort, Map.of());
    }

    /** The same, with environment variables that override the defaults (another database, an external broker). */
    public static ServerProcess launch(Path dir, Path microJar, Path war, int httpPort, int brokerPort,
                                       Map<String, String> overrides) throws Exception {
        return launch(dir, microJar, war, httpPort, brokerPort, overrides, 0);
    }

    /**
     * The same, also serving HTTPS on {@code httpsPort} (unless 0) the way docs/operations.md tells operators to:
     * {@code --sslport} and {@code --sslcert} with the operator's keystore given by {@code javax.net.ssl.*}
     * properties read from a file ({@code --systemproperties}). The keystore is made for the run
     * (DIR/tls/keystore.p12, password in DIR/tls/password).
     */
    public static ServerProcess launch(Path dir, Path microJar, Path war, int httpPort, int brokerPort,
                                       Map<String, String> overrides, int httpsPort) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("tmp"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m",
                "-Dcom.sun.xml.ws.monitoring.endpoint=false",
                "-Djava.io.tmpdir=" + dir.resolve("tmp")));
        List<String> tls = List.of();
        if (httpsPort > 0) {
            Path keystore = TestKeystore.create(dir.resolve("tls"));
            // as docs/operations.md says: the keystore's password in an owner-only file, not on the command line
            Path properties = dir.resolve("tls/tls.properties");
            Files.writeString(properties, "javax.net.ssl.keyStore=" + keystore + "\njavax.net.ssl.keyStorePassword="
                    + Files.readString(dir.resolve("tls/password")) + "\n");
            tls = List.of("--sslport", String.valueOf(httpsPort), "--sslcert", TestKeystore.ALIAS,
                    "--systemproperties", properties.toString());
        }
        command.addAll(List.of("-jar", microJar.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--nocluster",
                "--prebootcommandfile", http2Off(war).toString(),
                "--rootdir", dir.resolve("micro-root").toString()));
        command.addAll(tls);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("DESK_DEMO", "true");
        env.put("DESK_DEMO_HISTORY", "false"); // the demo's accounts and customers, without 90 days of tickets
        env.put("DESK_DATA_DIR", dir.resolve("data").toString());
        env.put("DESK_DB_URL", "jdbc:h2:file:" + dir.resolve("data/db/deskline") + ";WRITE_DELAY=0");
        env.put("DESK_BROKER_EMBEDDED_PORT", String.valueOf(brokerPort));
        env.put("DESK_OUTBOX_SWEEP_SECONDS", "2");
        env.put("DESK_SUBSCRIPTION_SWEEP_SECONDS", "2");
        env.put("DESK_BACKUP_SWEEP_SECONDS", "2");
        // the black-box tests share the demo organizations; the T9 limits are tested in-server on fresh ones
        env.put("DESK_TICKET_MAX_ACTIVE_SUPPORT", "100000");
        env.put("DESK_TICKET_MAX_ACTIVE_DEVELOPMENT", "100000");
        env.put("DESK_TICKET_MAX_EMERGENCIES_PER_DAY", "100000");
        // a small limit, so the size check is exercised with small uploads
        env.put("DESK_ATTACHMENT_MAX_MB", "1");
        env.put("DESK_ATTACHMENT_TICKET_QUOTA_MB", "3");
        // issue 22: /metrics is read with this bearer token (OperationsSystemIT)
        env.put("DESK_METRICS_TOKEN", METRICS_TOKEN);
        env.putAll(overrides);
        Path log = dir.resolve("server.log");
        long logOffset = Files.exists(log) ? Files.size(log) : 0;
        long t0 = System.nanoTime();
        Process process = pb.start();
        Files.writeString(dir.resolve("server.pid"), String.valueOf(process.pid()));
        ServerProcess server = new ServerProcess(dir, process, httpPort);
        server.awaitReady(Duration.ofMinutes(5), logOffset);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String report = String.format("Payara Micro with Deskline ready on port %d in %d ms, RSS %s%n",
                httpPort, millis, rss(process.pid()).orElse("unknown"));
        Files.writeString(dir.resolve("startup.txt"), report);
        System.out.print(report);
        return server;
    }

    /**
     * Ready means Payara Micro logged "ready" for this start (the application is fully loaded; before that a
     * SOAP call can get 503) and the WSDL answers.
     */
    private void awaitReady(Duration timeout, long logOffset) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI wsdl = URI.create("http://localhost:" + httpPort + "/ws/tickets?wsdl");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see "
                        + dir.resolve("server.log") + "\n" + tail(dir.resolve("server.log")));
            }
            if (microReported(logOffset)) {
                try {
                    HttpURLConnection c = (HttpURLConnection) wsdl.toURL().openConnection();
                    c.setConnectTimeout(1_000);
                    c.setReadTimeout(5_000);
                    if (c.getResponseCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not answer within " + timeout + "\n"
                + tail(dir.resolve("server.log")));
    }

    private boolean microReported(long logOffset) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(dir.resolve("server.log"))) {
            channel.position(logOffset);
            String text = new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            return text.contains("Payara Micro") && text.contains(") ready in ");
        }
    }

    /** Ends the server like a power cut: SIGKILL, no shutdown hooks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws Exception {
        stopRecorded(dir);
    }

    /**
     * config/payara/http2-off.asadmin of the checkout the WAR was built in (web-module/target/x.war): the test
     * servers keep plain HTTP on HTTP/1.1 as the run command and production do (Grizzly's h2c deadlocks).
     */
    private static Path http2Off(Path war) {
        Path file = war.toAbsolutePath().getParent().getParent().getParent().resolve("config/payara/http2-off.asadmin");
        if (!Files.exists(file)) {
            throw new IllegalStateException("No " + file + ": the WAR is expected in web-module/target of a checkout");
        }
        return file;
    }

    /** The server's process id (its relay names its host as {@code name/pid}). */
    public long pid() {
        return process.pid();
    }

    public int httpPort() {
        return httpPort;
    }

    private static void stopRecorded(Path dir) throws Exception {
        Path pidFile = dir.resolve("server.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            handle.get().destroy();
            try {
                handle.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                handle.get().destroyForcibly();
            }
            System.out.println("Stopped the server with pid " + pid);
        }
        Files.delete(pidFile);
    }

    private static Optional<String> rss(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Forgets everything a server stored in DIR (database and broker journal). */
    public static void deleteData(Path dir) throws IOException {
        TestFiles.deleteTree(dir.resolve("data"));
    }

}
