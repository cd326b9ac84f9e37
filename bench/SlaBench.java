import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskline.sla.entity.BusinessCalendar;
import org.deskline.sla.entity.SlaClock;

/**
 * S6 benchmark (run by bench/sla-run.sh, never in CI): with 10,000 and then 1,000,000 open tickets in PostgreSQL,
 * the cost of the SLA scheduler's wake-up queries; with 1,000,000, the latency from an SLA moment to its alert on
 * the broker; and the calendar engine's deadline computations per second.
 *   java -cp <postgresql driver>:ejb-module/target/classes bench/SlaBench.java JDBC_URL BASE_URL STOMP_PORT OUT
 */
public class SlaBench {

    private static final long BULK_ID_BASE = 1_000_000_000_000L; // far above what the sequences hand out
    private static final Pattern ID = Pattern.compile("<ticketId>(\\d+)</ticketId>");

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String base = args[1];
        int stompPort = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        // sizes: open tickets for the two scheduler measurements, tickets for the latency run (smaller in smoke runs)
        int small = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        int large = args.length > 5 ? Integer.parseInt(args[5]) : 1_000_000;
        int latencyTickets = args.length > 6 ? Integer.parseInt(args[6]) : 150;
        StringBuilder md = new StringBuilder();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            long[] bulkProject = bulkCustomer(db);
            md.append("## Scheduler wake-up queries\n\n")
                    .append("The two statements a wake-up runs (due clocks, then the next moment), timed over JDBC on ")
                    .append("the server's PostgreSQL, 2,000 runs each after 500 warm-up runs.\n\n")
                    .append("| open tickets | due-clocks query mean µs | p99 µs | next-moment query mean µs | p99 µs |\n")
                    .append("|---|---|---|---|---|\n");
            bulk(db, bulkProject, 0, small);
            md.append(schedulerRow(db, small));
            bulk(db, bulkProject, small, large);
            md.append(schedulerRow(db, large));
            md.append(String.format("%nPlan of the due-clocks query at %,d: `", large)).append(plan(db)).append("`\n\n");
        }
        Set<Long> opened = ConcurrentHashMap.newKeySet();
        md.append(latency(base, stompPort, opened, latencyTickets, large));
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            md.append(breakdown(db, opened));
        }
        md.append(calendar());
        System.out.print(md);
        Files.writeString(out, md.toString());
    }

    /**
     * The open tickets belong to 1,000 projects of one bulk organization (a project with a million active tickets
     * would only measure the T9 count): ids far above what the sequences hand out.
     */
    static long[] bulkCustomer(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("insert into organization (id, name, created_at, sla_plan_code) values (" + BULK_ID_BASE
                    + ", 'Bulk Co', now(), 'ENTERPRISE')");
            s.execute("insert into project (id, organization_id, code, name, created_at) select " + BULK_ID_BASE
                    + " + n, " + BULK_ID_BASE + ", 'BULK-' || n, 'Bulk ' || n, now() from generate_series(0, 999) n");
        }
        return new long[] {BULK_ID_BASE, BULK_ID_BASE};
    }

    /** Open tickets [from, to) with a running resolution clock due 30-365 days from now. */
    static void bulk(Connection db, long[] project, int from, int to) throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("insert into ticket (id, version, organization_id, project_id, kind, category, priority, status,"
                    + " emergency, channel, title, description, created_by, created_at, updated_at, title_key,"
                    + " quality_review) select " + BULK_ID_BASE + " + n, 1, " + project[1] + ", " + project[0]
                    + " + n % 1000, 'SUPPORT', 'TECHNICAL', 'NORMAL', 'IN_PROGRESS', false, 'SOAP', 'bulk ' || n, 'bulk',"
                    + " 'bench', now(), now(), 'bulk ' || n, false from generate_series(" + from + ", " + (to - 1)
                    + ") n");
            s.execute("insert into sla_metric (id, ticket_id, organization_id, metric, round, state, target_seconds,"
                    + " calendar, started_at, warn_at, due_at, next_alert_at, version) select " + BULK_ID_BASE
                    + " + n, " + BULK_ID_BASE + " + n, " + project[1] + ", 'RESOLUTION', 0, 'RUNNING', 432000,"
                    + " 'ALL_DAY', now(), now() + (30 + n % 335) * interval '1 day',"
                    + " now() + (31 + n % 335) * interval '1 day', now() + (30 + n % 335) * interval '1 day'"
                    + " + (n % 86400) * interval '1 second', 1 from generate_series(" + from + ", " + (to - 1) + ") n");
            s.execute("analyze ticket");
            s.execute("analyze sla_metric");
        }
        System.err.printf("inserted %,d open tickets in %.1f s%n", to - from, (System.nanoTime() - t0) / 1e9);
    }

    static String schedulerRow(Connection db, int open) throws Exception {
        double[] due = time(db, "select id from sla_metric where next_alert_at <= ? order by next_alert_at, id limit 200",
                true);
        double[] next = time(db, "select min(next_alert_at) from sla_metric", false);
        return String.format("| %,d | %.0f | %.0f | %.0f | %.0f |%n", open, due[0], due[1], next[0], next[1]);
    }

    static double[] time(Connection db, String sql, boolean withNow) throws Exception {
        List<Long> micros = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < 2_500; i++) {
                if (withNow) {
                    s.setTimestamp(1, Timestamp.from(Instant.now()));
                }
                long t = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                if (i >= 500) {
                    micros.add((System.nanoTime() - t) / 1_000);
                }
            }
        }
        Collections.sort(micros);
        return new double[] {micros.stream().mapToLong(Long::longValue).average().orElse(0),
                micros.get((int) Math.ceil(0.99 * micros.size()) - 1)};
    }

    static String plan(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "explain select id from sla_metric where next_alert_at <= now() order by next_alert_at, id limit 200")) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(rs.getString(1).strip()).append(" / ");
            }
            return b.toString();
        }
    }

    /**
     * 150 tickets on the demo stopwatch plan (warning 9 s, breach 12 s after opening), opened at 10 per second;
     * latency = arrival on a STOMP subscriber − the moment in the alert (warnAt or dueAt).
     */
    static String latency(String base, int stompPort, Set<Long> mine, int count, int open) throws Exception {
        java.util.concurrent.atomic.AtomicInteger unreadableFrames = new java.util.concurrent.atomic.AtomicInteger();
        List<Long> warn = Collections.synchronizedList(new ArrayList<>());
        List<Long> breach = Collections.synchronizedList(new ArrayList<>());
        Socket socket = new Socket("127.0.0.1", stompPort);
        socket.setSoTimeout(1_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
        send(out, "CONNECT\naccept-version:1.2\nhost:deskline\n\n");
        send(out, "SUBSCRIBE\nid:1\ndestination:deskline.alerts\nsubscription-type:MULTICAST\nack:auto\n\n");
        Thread reader = new Thread(() -> {
            Pattern ticket = Pattern.compile("\"ticket\":\\{\"id\":(\\d+)");
            Pattern type = Pattern.compile("\"type\":\"(SLA_WARNING|SLA_BREACHED)\"");
            Pattern metric = Pattern.compile("\"metric\":\"FIRST_RESPONSE\"");
            Pattern warnAt = Pattern.compile("\"warnAt\":\"([^\"]+)\"");
            Pattern dueAt = Pattern.compile("\"dueAt\":\"([^\"]+)\"");
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    String frame = frame(in);
                    long arrived = System.currentTimeMillis();
                    Matcher t = ticket.matcher(frame);
                    Matcher k = type.matcher(frame);
                    if (t.find() && k.find() && metric.matcher(frame).find() && mine.contains(Long.parseLong(t.group(1)))) {
                        boolean isWarn = k.group(1).equals("SLA_WARNING");
                        Matcher at = (isWarn ? warnAt : dueAt).matcher(frame);
                        at.find();
                        long late = arrived - Instant.parse(at.group(1)).toEpochMilli();
                        (isWarn ? warn : breach).add(late);
                    }
                } catch (java.net.SocketTimeoutException idle) {
                    // keep listening
                } catch (java.io.IOException closed) {
                    return;
                } catch (RuntimeException unreadable) {
                    unreadableFrames.incrementAndGet();
                }
            }
        });
        reader.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                "erp-quickstep:erp-quickstep-secret".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                    + "xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body><t:createTicket><t:newTicket>"
                    + "<t:projectCode>QS-LAB</t:projectCode><t:title>Latency " + i + " " + System.nanoTime()
                    + "</t:title><t:category>TECHNICAL</t:category><t:description>bench</t:description>"
                    + "</t:newTicket></t:createTicket></soap:Body></soap:Envelope>";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/ws/tickets"))
                    .header("Content-Type", "text/xml; charset=utf-8").header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = ID.matcher(r.body());
            if (m.find()) {
                mine.add(Long.parseLong(m.group(1)));
            }
            long sleep = 100 - (System.nanoTime() - start) / 1_000_000;
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while ((warn.size() < mine.size() || breach.size() < mine.size()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        reader.interrupt();
        socket.close();
        return String.format("## Alert latency with %,d open tickets%n%n%d tickets opened over SOAP at 10/s on the "
                        + "stopwatch plan; each clock's moment to the alert's arrival at a STOMP subscriber "
                        + "(%d unreadable frames).%n%n"
                        + "| alert | received | p50 ms | p99 ms | max ms |%n|---|---|---|---|---|%n%s%s%n",
                open, mine.size(), unreadableFrames.get(), row("SLA_WARNING", warn, mine.size()),
                row("SLA_BREACHED", breach, mine.size()));
    }

    /**
     * Where the delay goes, from the server's own records: moment -> alert recorded (occurred_at: the scheduler
     * and the raising transaction), recorded -> sent to the broker (sent_at: the outbox relay).
     */
    static String breakdown(Connection db, Set<Long> tickets) throws Exception {
        List<Long> raise = new ArrayList<>();
        List<Long> relay = new ArrayList<>();
        Pattern moment = Pattern.compile("\"(warnAt|dueAt)\":\"([^\"]+)\"");
        try (PreparedStatement s = db.prepareStatement("select type, occurred_at, sent_at, payload from alert "
                + "where type in ('SLA_WARNING', 'SLA_BREACHED') and payload like '%\"FIRST_RESPONSE\"%' "
                + "and ticket_id = any (?)")) {
            s.setArray(1, db.createArrayOf("bigint", tickets.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String payload = rs.getString(4);
                    String wanted = rs.getString(1).equals("SLA_WARNING") ? "warnAt" : "dueAt";
                    Matcher m = moment.matcher(payload);
                    Instant at = null;
                    while (m.find()) {
                        if (m.group(1).equals(wanted)) {
                            at = Instant.parse(m.group(2));
                        }
                    }
                    Instant occurred = rs.getTimestamp(2).toInstant();
                    raise.add(Duration.between(at, occurred).toMillis());
                    if (rs.getTimestamp(3) != null) {
                        relay.add(Duration.between(occurred, rs.getTimestamp(3).toInstant()).toMillis());
                    }
                }
            }
        }
        return String.format("Where the delay goes (from the alert rows):%n%n| stage | p50 ms | p99 ms | max ms |%n"
                + "|---|---|---|---|%n%s%s%n", stage("moment -> alert recorded (scheduler, raise)", raise),
                stage("recorded -> sent to the broker (outbox relay)", relay));
    }

    static String stage(String name, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "| " + name + " | - | - | - |\n";
        }
        return String.format("| %s | %d | %d | %d |%n", name, sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1),
                sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1), sorted.get(sorted.size() - 1));
    }

    static String row(String type, List<Long> latencies, int expected) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "| " + type + " | 0 of " + expected + " | - | - | - |\n";
        }
        return String.format("| %s | %d of %d | %d | %d | %d |%n", type, sorted.size(), expected,
                sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1), sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1),
                sorted.get(sorted.size() - 1));
    }

    /** Deadline computations per second on the Tehran business week with holidays, and on a 5-segment ledger. */
    static String calendar() {
        BusinessCalendar tehran = BusinessCalendar.iranianBusinessWeek(Set.of(LocalDate.parse("2027-03-20"),
                LocalDate.parse("2027-03-21"), LocalDate.parse("2027-03-22")));
        Random random = new Random(1);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        long sink = 0;
        double addRate = 0;
        double ledgerRate = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long n = 0;
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) {
                Instant start = base.plusSeconds(random.nextInt(365 * 86_400));
                sink += tehran.add(start, Duration.ofMinutes(1 + random.nextInt(5_000))).getEpochSecond();
                n++;
            }
            addRate = n / 3.0;
            n = 0;
            end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) {
                Instant start = base.plusSeconds(random.nextInt(365 * 86_400));
                SlaClock clock = SlaClock.startedAt(start).pause(start.plusSeconds(3_600), "a")
                        .resume(start.plusSeconds(90_000)).pause(start.plusSeconds(100_000), "b")
                        .resume(start.plusSeconds(200_000));
                sink += clock.deadline(tehran, Duration.ofHours(24)).orElseThrow().getEpochSecond();
                n++;
            }
            ledgerRate = n / 3.0;
        }
        return String.format("## Calendar engine%n%n| computation | per second (one core) |%n|---|---|%n"
                + "| `BusinessCalendar.add` (Tehran week, holidays, 1 min-83 h) | %,.0f |%n"
                + "| `SlaClock.deadline` (5-segment ledger, 24 h target, Tehran week) | %,.0f |%n%n(checksum %d)%n",
                addRate, ledgerRate, sink % 1000);
    }

    static void send(OutputStream out, String frame) throws Exception {
        out.write((frame + "\0").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String frame(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == 0) {
                break;
            }
            if (frame.size() == 0 && (b == '\n' || b == '\r')) {
                continue;
            }
            frame.write(b);
        }
        if (b == -1) {
            throw new java.io.EOFException();
        }
        return frame.toString(StandardCharsets.UTF_8);
    }
}
