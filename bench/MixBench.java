import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 21, the realistic SOAP load: 200 organizations with 5 projects each and an ERP client each, the ticket
 * limits as shipped (T9: 3 active support tickets per project), and a mix per call of 10 % createTicket, 40 %
 * getTicket, 25 % findTickets, 15 % addReply, 10 % getSlaStatus / getTicketHistory, every client reading and writing
 * only its own organization's tickets.
 *
 * <p>Closed loop at concurrency 1, 4 and 16 (each worker calls again as soon as it has the answer), then open loop at
 * fixed arrival rates (100, 300, 1,000 calls/s: a call starts on schedule whether or not earlier ones have answered,
 * and its time counts from its scheduled start, so a stalled server shows as latency, not as a slower offer), then
 * createTicket alone and getTicket alone in closed loop for the targets' ratios. A create on a project that already
 * holds 3 of the bench's active tickets first withdraws the oldest (closeTicket, T7: what a customer system that
 * cleans up does; its own row), so creates keep succeeding under T9. Business refusals (a fault with a code such as
 * LIMIT_EXCEEDED from a race between two creates on one project) are counted apart from errors.
 *
 * <p>java MixBench.java JDBC_URL BASE_URL OUT_MD WARM_UP_SECONDS SECONDS_PER_STEP. Loopback only, bounded in time.
 */
public class MixBench {

    static final int ORGANIZATIONS = 200;
    static final int PROJECTS = 5;
    static final int ACTIVE_PER_PROJECT = 3; // T9 as shipped (DESK_TICKET_MAX_ACTIVE_SUPPORT)
    static final long BASE = 700_000_000L;
    static final String SECRET = "erp-demo-secret"; // the tenants' clients share erp-demo's password hash
    static final Pattern ID = Pattern.compile("<(?:\\w+:)?ticketId>(\\d+)</");
    static final Pattern CODE = Pattern.compile(":code>([A-Z_]+)</");

    record Tenant(int n, String auth, String[] projects, List<Long> tickets, Map<String, ArrayDeque<Long>> active) {
    }

    /** The answers of one operation in one step. */
    static final class Op {
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
    }

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String base;
    final List<Tenant> tenants = new ArrayList<>();
    final StringBuilder md = new StringBuilder();
    final Map<String, String> firstError = new ConcurrentHashMap<>();

    /** Where the database is; whether pg_stat_statements can be read there (bench/mix-run.sh preloads it). */
    String jdbc;
    boolean statementsKept;

    /** The server's and PostgreSQL's process ids (0: unknown), for the CPU each step costs them. */
    long serverPid;
    long postgresPid;

    MixBench(String base) {
        this.base = base;
    }

    /** A process's or thread's /proc stat line: its name, and the fields after it (the state is field 0). */
    record Stat(String name, String[] fields) {
        /** The stat of the process or thread in {@code dir}, or null when it has ended meanwhile. */
        static Stat of(Path dir) {
            try {
                String line = Files.readString(dir.resolve("stat"));
                int end = line.lastIndexOf(')');
                return new Stat(line.substring(line.indexOf('(') + 1, end), line.substring(end + 2).split(" "));
            } catch (IOException gone) {
                return null;
            }
        }
    }

    /**
     * CPU time in ms of the process {@code pid}, with its children (PostgreSQL's backends, those that ended too) when
     * asked.
     */
    static long cpuMillis(long pid, boolean withChildren) {
        if (pid <= 0) {
            return 0;
        }
        long ticks = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit) || !(withChildren || name.equals(Long.toString(pid)))) {
                    continue;
                }
                Stat stat = Stat.of(dir);
                if (stat == null) {
                    continue;
                }
                String[] f = stat.fields();
                if (Long.parseLong(name) == pid || withChildren && Long.parseLong(f[1]) == pid) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                }
                if (withChildren && Long.parseLong(name) == pid) {
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]); // children that ended (cutime, cstime)
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /**
     * The server's CPU ms by kind of thread, now (/proc/PID/task; Linux keeps 15 characters of a thread's name). A
     * thread that ended (the JIT's compiler threads come and go) is in none of them, only in the process's total.
     */
    Map<String, Long> threadCpu() {
        Map<String, Long> ms = new java.util.TreeMap<>();
        if (serverPid <= 0) {
            return ms;
        }
        try (var tasks = Files.list(Path.of("/proc", Long.toString(serverPid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                Stat stat = Stat.of(task);
                if (stat != null) {
                    ms.merge(threadKind(stat.name()),
                            (Long.parseLong(stat.fields()[11]) + Long.parseLong(stat.fields()[12])) * 10, Long::sum);
                }
            }
        } catch (IOException e) {
            return ms;
        }
        return ms;
    }

    static final List<String> THREAD_KINDS = List.of("HTTP workers", "JIT compilers", "VM thread (collector)",
            "alert relay (EJB async)", "managed executors", "broker", "other");

    static String threadKind(String name) {
        if (name.startsWith("http-thread")) {
            return "HTTP workers";
        } else if (name.contains("CompilerThre")) {
            return "JIT compilers";
        } else if (name.equals("VM Thread")) {
            return "VM thread (collector)";
        } else if (name.startsWith("__ejb-thread")) {
            return "alert relay (EJB async)";
        } else if (name.startsWith("concurrent/")) {
            return "managed executors";
        } else if (name.contains("(activ") || name.startsWith("activemq")) {
            return "broker";
        }
        return "other";
    }

    /** CPU ms of the server, PostgreSQL and this load generator, now. */
    /** The threads' CPU when the last step ended (the next one begins right after), and a row per step. */
    Map<String, Long> threads0;
    final StringBuilder threadRows = new StringBuilder();

    long[] cpuNow() {
        return new long[] {cpuMillis(serverPid, false), cpuMillis(postgresPid, true),
            ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000};
    }

    public static void main(String[] args) throws Exception {
        MixBench bench = new MixBench(args[1]);
        Path out = Path.of(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        if (args.length > 6) {
            bench.serverPid = Long.parseLong(args[5]);
            bench.postgresPid = Long.parseLong(args[6]);
        }
        bench.jdbc = args[0];
        bench.statementsKept = bench.canReadStatements();
        bench.setUp(args[0]);
        bench.seed();
        System.err.printf("warming up %d s%n", warmUp);
        bench.closed("warm-up", 4, warmUp, Kind.MIX);
        bench.md.setLength(0);
        bench.threadRows.setLength(0);
        bench.md.append("| load | operation | calls | calls/s | errors | refused | p50 ms | p99 ms | max ms "
                + "| CPU ms a call: server / PostgreSQL / load generator |\n");
        bench.md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (int c : new int[] {1, 4, 16}) {
            bench.closed("mix, closed loop c=" + c, c, seconds, Kind.MIX);
        }
        for (int rate : new int[] {100, 300, 1000}) {
            bench.open("mix, open loop " + rate + "/s", rate, seconds);
        }
        StringBuilder statements = new StringBuilder();
        for (int c : new int[] {1, 4, 16}) {
            if (c == 1) {
                bench.resetStatements();
            }
            long creates = bench.closed("createTicket only, c=" + c, c, seconds, Kind.CREATE);
            if (c == 1) {
                statements.append(bench.statementsPer(creates));
            }
        }
        for (int c : new int[] {4, 16}) {
            bench.closed("getTicket only, c=" + c, c, seconds, Kind.GET);
        }
        bench.md.append(statements);
        if (bench.threadRows.length() > 0) {
            bench.md.append("\nThe server's CPU by kind of thread, ms a call (/proc; \"ended\": threads gone by the step's end, "
                    + "mostly the JIT's compiler threads, which come and go):\n\n| load | "
                    + String.join(" | ", THREAD_KINDS) + " | ended |\n|---|" + "---|".repeat(THREAD_KINDS.size() + 1)
                    + "\n").append(bench.threadRows);
        }
        if (!bench.firstError.isEmpty()) {
            bench.md.append("\nFirst error of each operation:\n\n");
            bench.firstError.forEach((op, e) -> bench.md.append("- ").append(op).append(": `").append(e).append("`\n"));
        }
        System.out.print(bench.md);
        Files.writeString(out, bench.md.toString());
    }

    /** 200 organizations like Demo Trading (its plan and subscriptions), 5 projects and an ERP client each. */
    void setUp(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            String demoOrg = "(select id from organization where name = 'Demo Trading Co')";
            s.execute("insert into organization select (jsonb_populate_record(null::organization, to_jsonb(o) || jsonb_build_object('id', " + BASE
                    + " + n, 'name', 'Mix Customer ' || n))).* from organization o, generate_series(1, " + ORGANIZATIONS
                    + ") n where o.id = " + demoOrg);
            s.execute("insert into project select (jsonb_populate_record(null::project, to_jsonb(p) || jsonb_build_object('id', " + BASE
                    + " + n * 10 + k, 'organization_id', " + BASE + " + n, 'code', 'MIX-' || k, 'name', 'Project ' || k,"
                    + " 'sla_plan_code', null))).* from project p, generate_series(1, " + ORGANIZATIONS
                    + ") n, generate_series(1, " + PROJECTS + ") k where p.id = (select min(id) from project where"
                    + " organization_id = " + demoOrg + ")");
            s.execute("insert into api_client select (jsonb_populate_record(null::api_client, to_jsonb(a) || jsonb_build_object('id', " + BASE
                    + " + n, 'organization_id', " + BASE + " + n, 'username', 'mix-' || n))).* from api_client a,"
                    + " generate_series(1, " + ORGANIZATIONS + ") n where a.username = 'erp-demo'");
            s.execute("insert into subscription select (jsonb_populate_record(null::subscription, to_jsonb(x) || jsonb_build_object('id', " + BASE
                    + " + n * 10 + x.rn, 'organization_id', " + BASE + " + n))).* from (select *, row_number() over"
                    + " (order by id) rn from subscription where organization_id = " + demoOrg + " and project_id is"
                    + " null) x, generate_series(1, " + ORGANIZATIONS + ") n");
            s.execute("analyze");
        }
        for (int n = 1; n <= ORGANIZATIONS; n++) {
            String[] projects = new String[PROJECTS];
            Map<String, ArrayDeque<Long>> active = new LinkedHashMap<>();
            for (int k = 1; k <= PROJECTS; k++) {
                projects[k - 1] = "MIX-" + k;
                active.put(projects[k - 1], new ArrayDeque<>());
            }
            tenants.add(new Tenant(n, "Basic " + Base64.getEncoder().encodeToString(("mix-" + n + ":" + SECRET)
                    .getBytes(StandardCharsets.UTF_8)), projects, Collections.synchronizedList(new ArrayList<>()),
                    active));
        }
    }

    /** One ticket per project before the clock starts, so that reads have something to read. */
    void seed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Op op = new Op();
        for (Tenant t : tenants) {
            for (String p : t.projects()) {
                pool.submit(() -> create(t, p, op, null));
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.err.printf("seeded %d tickets (%d errors, %d refused)%n", op.micros.size(), op.errors.get(),
                op.refused.get());
        if (op.micros.isEmpty()) {
            throw new IllegalStateException("no ticket could be created: " + firstError);
        }
    }

    enum Kind { MIX, CREATE, GET }

    static final String[] OPERATIONS = {"createTicket", "closeTicket", "getTicket", "findTickets", "addReply",
            "getSlaStatus", "getTicketHistory"};

    Map<String, Op> step() {
        Map<String, Op> ops = new LinkedHashMap<>();
        for (String o : OPERATIONS) {
            ops.put(o, new Op());
        }
        return ops;
    }

    /** Runs one closed-loop step; answers how many createTicket calls succeeded in it. */
    long closed(String load, int concurrency, int seconds, Kind kind) throws Exception {
        Map<String, Op> ops = step();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        long[] cpu0 = cpuNow();
        threads0 = threadCpu();
        long t0 = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            Thread w = new Thread(() -> {
                while (System.nanoTime() < end) {
                    call(kind, ops, System.nanoTime());
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        report(load, ops, (System.nanoTime() - t0) / 1e9, cpu0);
        return ops.get("createTicket").micros.size();
    }

    boolean canReadStatements() {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.executeQuery("select count(*) from pg_stat_statements").close();
            return true;
        } catch (java.sql.SQLException e) {
            System.err.println("no statement statistics: " + e.getMessage());
            return false;
        }
    }

    void resetStatements() throws Exception {
        if (statementsKept) {
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                 Statement s = c.createStatement()) {
                s.executeQuery("select pg_stat_statements_reset()").close();
            }
        }
    }

    /**
     * The statements PostgreSQL executed since the reset, per create: how many and how long (execution only; each
     * also costs a round trip, parsing of the protocol message, and its share of the commit).
     */
    String statementsPer(long creates) throws Exception {
        if (!statementsKept || creates == 0) {
            return "";
        }
        StringBuilder t = new StringBuilder();
        double calls = 0;
        double ms = 0;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
             Statement s = c.createStatement();
             var rs = s.executeQuery("select calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') "
                     + "from pg_stat_statements where query not like '%pg_stat_statements%' "
                     + "order by total_exec_time desc")) {
            while (rs.next()) {
                calls += rs.getLong(1) / (double) creates;
                ms += rs.getDouble(2) / creates;
                if (t.length() < 20_000 && rs.getLong(1) >= creates / 2) {
                    String q = rs.getString(3);
                    t.append(String.format("| %.2f | %.3f | `%s` |%n", rs.getLong(1) / (double) creates,
                            rs.getDouble(2) / creates, (q.length() > 110 ? q.substring(0, 110) + "…" : q)
                                    .replace("|", "\\|")));
                }
            }
        }
        return String.format("%nStatements PostgreSQL executed per create in the step \"createTicket only, c=1\" "
                + "(%d creates, each with the withdrawal that makes room under T9, and what the server did meanwhile: "
                + "its alert relay and SLA scheduler); pg_stat_statements, execution time only: %.1f statements, "
                + "%.2f ms a create. Those run at least once every two creates:%n%n"
                + "| a create | ms a create | statement |%n|---|---|---|%n", creates, calls, ms) + t;
    }

    /** Calls start on a fixed schedule (rate per second) on up to 256 workers; each is timed from its schedule. */
    void open(String load, int rate, int seconds) throws Exception {
        Map<String, Op> ops = step();
        ExecutorService pool = Executors.newFixedThreadPool(256);
        long period = 1_000_000_000L / rate;
        long[] cpu0 = cpuNow();
        threads0 = threadCpu();
        long t0 = System.nanoTime();
        long calls = (long) rate * seconds;
        for (long i = 0; i < calls; i++) {
            long scheduled = t0 + i * period;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pool.submit(() -> call(Kind.MIX, ops, scheduled));
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        report(load, ops, (System.nanoTime() - t0) / 1e9, cpu0);
    }

    void call(Kind kind, Map<String, Op> ops, long since) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Tenant t = tenants.get(r.nextInt(tenants.size()));
        int pick = kind == Kind.CREATE ? 0 : kind == Kind.GET ? 10 : r.nextInt(100);
        if (pick < 10) {
            create(t, t.projects()[r.nextInt(PROJECTS)], ops.get("createTicket"), ops.get("closeTicket"));
            return;
        }
        Long ticket = any(t.tickets(), r);
        if (ticket == null) {
            return;
        }
        if (pick < 50) {
            send(t, "getTicket", "<t:getTicket><t:ticketId>" + ticket + "</t:ticketId></t:getTicket>", ops, since);
        } else if (pick < 75) {
            send(t, "findTickets", "<t:findTickets><t:query><t:status>WAITING_FOR_REPLY</t:status><t:projectCode>"
                    + t.projects()[r.nextInt(PROJECTS)] + "</t:projectCode><t:page>0</t:page><t:pageSize>20"
                    + "</t:pageSize></t:query></t:findTickets>", ops, since);
        } else if (pick < 90) {
            Long open = anyActive(t, r);
            send(t, "addReply", "<t:addReply><t:ticketId>" + (open == null ? ticket : open) + "</t:ticketId><t:body>"
                    + "More details from the ERP at " + Instant.now() + ".</t:body></t:addReply>", ops, since);
        } else if (pick < 95) {
            send(t, "getSlaStatus", "<t:getSlaStatus><t:ticketId>" + ticket + "</t:ticketId></t:getSlaStatus>", ops,
                    since);
        } else {
            send(t, "getTicketHistory", "<t:getTicketHistory><t:ticketId>" + ticket
                    + "</t:ticketId></t:getTicketHistory>", ops, since);
        }
    }

    /** createTicket on the project; when it holds 3 of the bench's active tickets, the oldest is withdrawn first. */
    void create(Tenant t, String project, Op creates, Op closes) {
        ArrayDeque<Long> active = t.active().get(project);
        synchronized (active) {
            if (active.size() >= ACTIVE_PER_PROJECT) {
                Long oldest = active.pollFirst();
                send(t, "<t:closeTicket><t:ticketId>" + oldest + "</t:ticketId></t:closeTicket>", closes,
                        System.nanoTime(), "closeTicket");
            }
            String body = send(t, "<t:createTicket><t:newTicket><t:projectCode>" + project + "</t:projectCode>"
                    + "<t:title>Mix ticket " + System.nanoTime() + "</t:title><t:category>TECHNICAL</t:category>"
                    + "<t:description>The nightly export to the warehouse stopped with error 42.</t:description>"
                    + "</t:newTicket></t:createTicket>", creates, System.nanoTime(), "createTicket");
            Matcher m = body == null ? null : ID.matcher(body);
            if (m != null && m.find()) {
                long id = Long.parseLong(m.group(1));
                active.addLast(id);
                t.tickets().add(id);
            }
        }
    }

    void send(Tenant t, String operation, String body, Map<String, Op> ops, long since) {
        send(t, body, ops.get(operation), since, operation);
    }

    /** The answer's body when the call succeeded, else null (an error or a refusal, counted). */
    String send(Tenant t, String body, Op op, long since, String operation) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/ws/tickets"))
                    .header("Content-Type", "text/xml; charset=utf-8").header("Authorization", t.auth())
                    .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap"
                            + ".org/soap/envelope/\" xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body>" + body
                            + "</soap:Body></soap:Envelope>")).build(), HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - since) / 1_000;
            if (r.statusCode() == 200) {
                if (op != null) {
                    op.micros.add(micros);
                }
                return r.body();
            }
            Matcher code = CODE.matcher(r.body());
            boolean business = code.find() && !code.group(1).equals("INTERNAL");
            if (op != null) {
                (business ? op.refused : op.errors).incrementAndGet();
            }
            firstError.putIfAbsent(operation + (business ? " (refused)" : ""), r.statusCode() + " "
                    + r.body().replaceAll("\\s+", " ").substring(0, Math.min(300, r.body().length())));
        } catch (Exception e) {
            if (op != null) {
                op.errors.incrementAndGet();
            }
            firstError.putIfAbsent(operation, e.toString());
        }
        return null;
    }

    static Long any(List<Long> ids, ThreadLocalRandom r) {
        synchronized (ids) {
            return ids.isEmpty() ? null : ids.get(r.nextInt(ids.size()));
        }
    }

    static Long anyActive(Tenant t, ThreadLocalRandom r) {
        ArrayDeque<Long> active = t.active().get(t.projects()[r.nextInt(PROJECTS)]);
        synchronized (active) {
            return active.peekLast();
        }
    }

    void report(String load, Map<String, Op> ops, double seconds, long[] cpu0) {
        long[] cpu = cpuNow();
        long total = ops.values().stream().mapToLong(o -> o.micros.size()).sum();
        // the step's window on the clock, for slicing a JFR recording (bench/jfr-layers.py FROM TO)
        java.time.LocalTime end = java.time.LocalTime.now(java.time.ZoneOffset.UTC);
        java.time.format.DateTimeFormatter hms = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
        System.err.printf("%s: %d calls in %.1f s (%s to %s UTC)%n", load, total, seconds,
                hms.format(end.minusNanos(Math.round(seconds * 1e9))), hms.format(end));
        ops.forEach((name, op) -> {
            List<Long> sorted = new ArrayList<>(op.micros);
            if (sorted.isEmpty() && op.errors.get() == 0 && op.refused.get() == 0) {
                return;
            }
            Collections.sort(sorted);
            md.append(String.format("| %s | %s | %d | %.0f | %d | %d | %.1f | %.1f | %.1f | |%n", load, name,
                    sorted.size(), sorted.size() / seconds, op.errors.get(), op.refused.get(), pct(sorted, 0.50),
                    pct(sorted, 0.99), sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1000.0));
        });
        String perCall = serverPid <= 0 || total == 0 ? "" : String.format("%.2f / %.2f / %.2f",
                (cpu[0] - cpu0[0]) / (double) total, (cpu[1] - cpu0[1]) / (double) total,
                (cpu[2] - cpu0[2]) / (double) total);
        md.append(String.format("| %s | **all** | %d | %.0f | | | | | | %s |%n", load, total, total / seconds, perCall));
        Map<String, Long> threads = threadCpu();
        if (serverPid > 0 && total > 0 && threads0 != null) {
            StringBuilder row = new StringBuilder("| " + load + " |");
            long named = 0;
            for (String kind : THREAD_KINDS) {
                long used = threads.getOrDefault(kind, 0L) - threads0.getOrDefault(kind, 0L);
                named += used;
                row.append(String.format(" %.2f |", used / (double) total));
            }
            row.append(String.format(" %.2f |%n", (cpu[0] - cpu0[0] - named) / (double) total));
            threadRows.append(row);
        }
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }
}
