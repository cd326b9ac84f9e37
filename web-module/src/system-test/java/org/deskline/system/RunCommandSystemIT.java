package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deskline.testsupport.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a newcomer meets it (issue 15): a copy of the repository as a fresh clone has it
 * (the files git tracks, and new ones it does not ignore; no target/, no data/), then {@code mvn -Prun package}
 * exactly as the README says, with other ports through the documented options so it does not disturb a demo on
 * 8080/61616. It must build, start, serve the WSDL and the login page, and answer the README's example request
 * with the demo data; then it is stopped with its whole process tree.
 */
class RunCommandSystemIT {

    private static final int HTTP_PORT = 19480;
    private static final int BROKER_PORT = 19916;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void readme_run_command_starts_the_demo_from_a_fresh_copy() throws Exception {
        Path repository = Path.of(System.getProperty("desk.repository", "../")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "run-command").toAbsolutePath();
        Path clone = work.resolve("deskline");
        TestFiles.deleteTree(work);
        Files.createDirectories(work);
        freshCopy(repository, work, clone);
        assertThat(clone.resolve("web-module/target")).doesNotExist();

        Path mvn = Tools.onPath("mvn");
        Tools.require(mvn != null, "mvn is not on the PATH");
        ProcessBuilder pb = new ProcessBuilder(mvn.toString(), "-Prun", "package", "-Drun.port=" + HTTP_PORT)
                .directory(clone.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile());
        // a newcomer's shell: no Deskline configuration, nothing the surrounding Maven run exported about itself
        pb.environment().keySet().removeIf(k -> k.startsWith("DESK_") || k.equals("MAVEN_PROJECTBASEDIR")
                || k.equals("MAVEN_BASEDIR") || k.equals("MAVEN_CMD_LINE_ARGS"));
        pb.environment().put("DESK_BROKER_EMBEDDED_PORT", String.valueOf(BROKER_PORT));
        Process run = pb.start();
        String base = "http://localhost:" + HTTP_PORT;
        try {
            awaitReady(run, base + "/ws/tickets?wsdl", work.resolve("run.log"), Duration.ofMinutes(8));
            for (String service : List.of("tickets", "subscriptions", "backups", "knowledge")) {
                assertThat(get(base + "/ws/" + service + "?wsdl").body()).contains("<definitions ")
                        .contains("location=\"" + base + "/ws/" + service + "\"");
            }
            HttpResponse<String> login = get(base + "/login.xhtml");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("login:username").contains("login:password");

            // the README's curl example, posted as it is, as the demo ERP system
            String example = Files.readString(clone.resolve("docs/examples/create-ticket.xml"));
            Soap.Response created = Soap.post(HTTP, base + "/ws/tickets", example, "erp-demo", "erp-demo-secret");
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            assertThat(created.body()).contains("<ticketId>").contains("WAITING_FOR_REPLY");
            // an integration partner reads the ticket's alert from the embedded broker, as the README shows
            long ticketId = Long.parseLong(created.body().replaceAll("(?s).*<ticketId>(\\d+)</ticketId>.*", "$1"));
            String alerts = watchAlerts(clone, work, ticketId);
            assertThat(alerts.lines().filter(l -> l.startsWith("{")).map(l -> jakarta.json.Json.createReader(
                    new java.io.StringReader(l)).readObject()).filter(a -> a.getString("type").equals("TICKET_CREATED")
                    && AlertJson.ticketId(a) == ticketId)).as(alerts).hasSize(1);
            // an administrator signs in to the console (demo credentials of the README)
            org.openqa.selenium.WebDriver browser = Browser.start();
            try {
                Browser.signIn(browser, base, "admin", "admin");
                assertThat(browser.getPageSource()).contains("Checkout page returns error 500");
                // issue 20: 90 days of history, written through the services beside the started server, every
                // step accepted by the rules; the dashboard's charts show them (SLA compliance of both plans, a
                // satisfaction average in most of the eight weeks) and some tickets are still being worked
                String history = awaitLine(work.resolve("run.log"), "Demo history: ", Duration.ofMinutes(3));
                assertThat(history).matches("Demo history: 1\\d\\d tickets, \\d+ steps over 90 days, .*");
                assertThat(Tools.read(work.resolve("run.log"))).doesNotContain("Demo history: step");
                browser.get(base + "/console/dashboard.xhtml");
                String dashboard = browser.getPageSource();
                assertThat(dashboard).contains("data-plan=\"ENTERPRISE\"").contains("data-plan=\"BASIC\"");
                assertThat(java.util.regex.Pattern.compile("class=\"csat-value\">[1-5]").matcher(dashboard)
                        .results().count()).isGreaterThanOrEqualTo(6);
                assertThat(Long.parseLong(dashboard.replaceAll("(?s).*id=\"openTotal\">(\\d+)<.*", "$1")))
                        .isGreaterThanOrEqualTo(4);
            } finally {
                browser.quit();
            }
            // demo data: the plan of the demo organization, through a client generated from a WSDL
            assertThat(Soap.tickets(base, "erp-demo", "erp-demo-secret").getPlan(null).getName()).isEqualTo("Enterprise");
            // issue 22: the demo's metrics are open to this machine (no token is configured), with its own counts
            HttpResponse<String> metrics = get(base + "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("deskline_soap_requests_microseconds_count{")
                    .contains("deskline_alert_relays{mp_scope=\"application\"} 1");
            // the demo's well-known credentials are reachable from this machine only
            assertThat(listeningAddresses(HTTP_PORT)).isNotEmpty()
                    .allMatch(a -> a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F")
                            || a.equals("00000000000000000000000001000000"));
            assertThat(Tools.read(work.resolve("run.log"))).contains("ready in")
                    .doesNotContain("reachable over plain HTTP");
            // run mode keeps its data in ./data of the clone, nowhere else
            assertThat(clone.resolve("data/db")).isDirectory();
        } finally {
            stopTree(run);
        }
        assertThat(run.isAlive()).isFalse();
        assertThat(portOpen(HTTP_PORT)).as("the server is gone with the command").isFalse();
    }

    /**
     * The README's way to watch alerts: docs/examples/watch-alerts.sh (STOMP from bash) as the demo partner, until
     * the ticket's TICKET_CREATED alert arrives (it waits on the partner's durable queue) or 60 s pass.
     */
    private static String watchAlerts(Path clone, Path work, long ticketId) throws Exception {
        Path out = work.resolve("watch-alerts.log");
        Process watch = new ProcessBuilder("bash", "docs/examples/watch-alerts.sh", "127.0.0.1",
                String.valueOf(BROKER_PORT)).directory(clone.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && watch.isAlive()) {
                String seen = Tools.read(out);
                if (seen.lines().anyMatch(l -> l.contains("\"TICKET_CREATED\"") && l.contains("\"id\":" + ticketId + ","))) {
                    return seen;
                }
                Thread.sleep(200);
            }
            return Tools.read(out);
        } finally {
            watch.destroy();
        }
    }

    /** The first line of the log holding {@code text}, from {@code text} on, once it is there. */
    private static String awaitLine(Path log, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<String> line = Tools.read(log).lines().filter(l -> l.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get().substring(line.get().indexOf(text));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no '" + text + "' in " + log + " within " + timeout + ":\n" + tail(log));
    }

    /** Copies what a clone would hold: tracked files, and new files git does not ignore. */
    private static void freshCopy(Path repository, Path work, Path clone) throws Exception {
        Path git = Tools.onPath("git");
        Tools.require(git != null, "git is not on the PATH");
        Tools.Result files = Tools.run(repository, work.resolve("files.txt").toString(), Duration.ofMinutes(1), Map.of(),
                List.of(git.toString(), "ls-files", "--cached", "--others", "--exclude-standard"));
        assertThat(files.exitCode()).as(files.output()).isZero();
        for (String name : files.output().lines().toList()) {
            Path from = repository.resolve(name);
            if (Files.isRegularFile(from)) {
                Path to = clone.resolve(name);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void awaitReady(Process run, String wsdl, Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!run.isAlive()) {
                throw new AssertionError("mvn -Prun package ended with " + run.exitValue() + ":\n" + tail(log));
            }
            try {
                if (Tools.read(log).contains(") ready in ") && get(wsdl).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // building or starting
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no WSDL at " + wsdl + " within " + timeout + ":\n" + tail(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Ctrl+C's equivalent for the whole tree: Maven and the server it started. */
    private static void stopTree(Process run) throws Exception {
        List<ProcessHandle> tree = run.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        run.destroy();
        for (ProcessHandle p : tree) {
            p.onExit().completeOnTimeout(p, 60, java.util.concurrent.TimeUnit.SECONDS).get();
            p.destroyForcibly();
        }
        if (!run.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            run.destroyForcibly().waitFor();
        }
    }

    private static boolean portOpen(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2_000);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The local addresses (hex, as the kernel lists them) of the sockets listening on PORT. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format("%04X", port);
        java.util.ArrayList<String> addresses = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && local[1].equals(hexPort)) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Tools.read(log).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }
}
