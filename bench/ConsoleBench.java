import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 20, the console at a million tickets: loads TICKETS tickets into PostgreSQL (1,000 projects of one bulk
 * organization, statuses, priorities, assignees and a year of creation times spread as a desk has them, running SLA
 * clocks on the open ones, a message on every third ticket, one ticket with 200 messages and 100 history entries), then
 * signs a manager in and measures the server's answer time (loopback, no browser rendering) of the queue's first page,
 * each built-in filter, a word search, each sortable column, the ticket with 200 messages, the dashboard:
 *   ConsoleBench JDBC_URL BASE_URL TICKETS CALLS OUT [WARM_UP_SECONDS]   (default 90 s over all pages first)
 * Run by bench/console-run.sh; a database that has the tickets already is not loaded again.
 */
public class ConsoleBench {

    static final long BASE = 900_000_000L;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TH = Pattern.compile("<th [^>]*>");
    private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");
    private static final Pattern ARIA = Pattern.compile("aria-label=\"([^\"]*)\"");
    private static final String[] WORDS = {"printer", "invoice", "login", "report", "payment", "export", "backup",
        "email", "license", "update", "crash", "slow", "import", "password", "tax"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    ConsoleBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.parseInt(args[2]);
        int calls = Integer.parseInt(args[3]);
        int warmSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 90;
        long bigTicket;
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            bigTicket = load(db, tickets);
            // BENCH_LOG_SLOW_MS: PostgreSQL logs each statement slower than that, with its parameters, into
            // postgresql.log beside the data (for EXPLAIN afterwards); -1 (the default) logs none
            try (Statement s = db.createStatement()) {
                s.execute("alter system set log_min_duration_statement = "
                        + Integer.parseInt(System.getenv().getOrDefault("BENCH_LOG_SLOW_MS", "-1")));
                s.execute("select pg_reload_conf()");
            }
        }
        ConsoleBench bench = new ConsoleBench(args[1]);
        bench.signIn("manager", "manager-secret");
        String queue = args[1] + "/console/tickets.xhtml";
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("queue, first page (active tickets, newest first)", () -> bench.get(queue));
        for (String filter : List.of("mine", "breaching1h", "waiting24h")) {
            probes.put("queue, built-in filter `" + filter + "`", () -> bench.get(queue + "?filter=" + filter));
        }
        probes.put("queue, word search (`invoice`, 2 in 15 tickets)", () -> bench.search(queue, "invoice"));
        probes.put("queue, word search, a rare word (`zzrare`, 1 active ticket)", () -> bench.search(queue, "zzrare"));
        for (Map.Entry<String, String> column : bench.sortableColumns(queue).entrySet()) {
            probes.put("queue, sorted by " + column.getKey() + " (descending)",
                    () -> bench.sort(queue, column.getValue()));
        }
        probes.put("ticket page, 200 messages and 100 history entries",
                () -> bench.get(args[1] + "/console/ticket.xhtml?id=" + bigTicket));
        probes.put("dashboard", () -> bench.get(args[1] + "/console/dashboard.xhtml"));

        // the JIT of a fresh server on 2 cores needs about a minute and a half before figures settle
        long warmUntil = System.nanoTime() + warmSeconds * 1_000_000_000L;
        int rounds = 0;
        while (System.nanoTime() < warmUntil) {
            for (Probe probe : probes.values()) {
                probe.call();
            }
            rounds++;
        }
        System.err.printf("warmed up: %d rounds over every page in %d s%n", rounds, warmSeconds);
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        for (Map.Entry<String, Probe> probe : probes.entrySet()) {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                ms.add(probe.getValue().call());
            }
            timings.put(probe.getKey(), ms);
        }

        StringBuilder md = new StringBuilder(String.format("## The console at %,d tickets%n%n"
                + "Answer time of each page for a signed-in manager, %d calls each, one at a time, after %d s of warm-up "
                + "over all of them, over loopback (the server's time: no browser rendering).%n%n"
                + "| page | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|%n", count(args[0]), calls, warmSeconds));
        timings.forEach((what, ms) -> {
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            md.append(String.format("| %s | %.0f | %.0f | %.0f | %.0f |%n", what, pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted.get(sorted.size() - 1)));
        });
        System.out.print(md);
        Files.writeString(Path.of(args[4]), md.toString());
    }

    private static long count(String jdbc) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
             var r = db.createStatement().executeQuery("select count(*) from ticket")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Loads the tickets unless they are there; the id of the ticket with 200 messages. */
    static long load(Connection db, int tickets) throws Exception {
        long big = BASE + 7;
        try (Statement s = db.createStatement()) {
            var r = s.executeQuery("select count(*) from ticket where id >= " + BASE + " and id < "
                    + (BASE + tickets));
            r.next();
            if (r.getLong(1) >= tickets) {
                return big;
            }
            long t0 = System.nanoTime();
            s.execute("insert into organization (id, name, created_at, sla_plan_code) values (" + BASE
                    + ", 'Bulk Co', now(), 'ENTERPRISE')");
            s.execute("insert into project (id, organization_id, code, name, created_at) select " + BASE + " + n, "
                    + BASE + ", 'BULK-' || n, 'Bulk ' || n, now() from generate_series(0, 999) n");
            // per 100 tickets: 72 closed, 8 waiting for a reply, 10 in progress, 6 waiting for the customer, 4 deferred
            String status = "case when n % 100 < 72 then 'CLOSED' when n % 100 < 80 then 'WAITING_FOR_REPLY'"
                    + " when n % 100 < 90 then 'IN_PROGRESS' when n % 100 < 96 then 'WAITING_FOR_CUSTOMER'"
                    + " else 'DEFERRED' end";
            String title = "(array['" + String.join("','", WORDS) + "'])[1 + n % " + WORDS.length + "] || ' '"
                    + " || (array['" + String.join("','", WORDS) + "'])[1 + (n / 7) % " + WORDS.length + "]"
                    + " || ' ' || case when n = " + (tickets / 200 * 100 + 80) + " then 'zzrare ' else '' end || 'problem ' || n";
            for (int from = 0; from < tickets; from += 250_000) {
                int to = Math.min(tickets, from + 250_000) - 1;
                s.execute("insert into ticket (id, version, organization_id, project_id, kind, category, priority,"
                        + " status, emergency, channel, title, description, created_by, created_at, updated_at,"
                        + " title_key, quality_review, assignee, deferral_reason, last_agent_reply_at, closed_at)"
                        + " select " + BASE + " + n, 1, " + BASE + ", " + BASE + " + n % 1000, 'SUPPORT',"
                        + " (array['ACTIVATION','TECHNICAL','FINANCIAL','SALES'])[1 + n % 4],"
                        + " (array['LOW','NORMAL','NORMAL','NORMAL','HIGH','URGENT','CRITICAL'])[1 + n % 7],"
                        + " st, n % 997 = 0, 'SOAP', ti, 'bench', 'bench', c, c + interval '1 hour', lower(ti), false,"
                        + " case when st = 'WAITING_FOR_REPLY' and n % 2 = 0 then null"
                        + " when n % 10 = 3 then 'manager' else 'agent' || (n % 20) end,"
                        + " case when st = 'DEFERRED' then 'NOT_ENOUGH_INFORMATION' end,"
                        + " c + interval '30 minutes', case when st = 'CLOSED' then c + interval '2 days' end"
                        + " from (select n, " + status + " st, " + title + " ti,"
                        + " now() - (n % 365) * interval '1 day' - (n % 86400) * interval '1 second' c"
                        + " from generate_series(" + from + ", " + to + ") n) g");
                System.err.printf("tickets up to %,d%n", to + 1);
            }
            // running resolution clocks of the open tickets, due from 2 days ago to 30 days ahead
            s.execute("insert into sla_metric (id, ticket_id, organization_id, metric, round, state, target_seconds,"
                    + " calendar, started_at, warn_at, due_at, next_alert_at, version) select " + BASE
                    + " + n, " + BASE + " + n, " + BASE + ", 'RESOLUTION', 0, 'RUNNING', 432000, 'ALL_DAY',"
                    + " now() - interval '3 days', d - interval '4 hours', d, d + interval '100 years', 1"
                    + " from (select n, now() - interval '2 days' + (n % 46080) * interval '1 minute' d"
                    + " from generate_series(0, " + (tickets - 1) + ") n where n % 100 >= 72) g");
            s.execute("insert into ticket_message (id, ticket_id, author_kind, author, visibility, body, created_at)"
                    + " select " + BASE + " + n, " + BASE + " + n, 'CUSTOMER', 'erp', 'PUBLIC', 'message ' || n,"
                    + " now() - (n % 365) * interval '1 day' from generate_series(0, " + (tickets - 1) + ", 3) n");
            s.execute("insert into ticket_message (id, ticket_id, author_kind, author, visibility, body, created_at)"
                    + " select " + (BASE + tickets) + " + n, " + big + ", case when n % 2 = 0 then 'CUSTOMER' else"
                    + " 'AGENT' end, case when n % 2 = 0 then 'erp' else 'agent1' end, 'PUBLIC', 'Message ' || n"
                    + " || ' of a long conversation about the printer.', now() - (200 - n) * interval '1 hour'"
                    + " from generate_series(1, 200) n");
            s.execute("insert into ticket_event (id, ticket_id, occurred_at, actor_kind, actor, action, from_status,"
                    + " to_status) select " + BASE + " + n, " + big + ", now() - (100 - n) * interval '2 hours',"
                    + " 'AGENT', 'agent1', 'AGENT_REPLY', 'IN_PROGRESS', 'IN_PROGRESS' from generate_series(1, 100) n");
            for (String table : List.of("ticket", "sla_metric", "ticket_message", "ticket_event", "project")) {
                s.execute("vacuum analyze " + table); // as autovacuum leaves a desk's tables: index-only scans work
            }
            System.err.printf("loaded %,d tickets in %.0f s%n", tickets, (System.nanoTime() - t0) / 1e9);
        }
        return big;
    }

    void signIn(String user, String password) throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build());
        String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=" + password
                + "&login%3Asubmit=login%3Asubmit&jakarta.faces.ViewState=" + viewState(login.body());
        HttpResponse<String> queue = send(post(base + "/login.xhtml", form));
        if (!queue.uri().getPath().endsWith("/console/tickets.xhtml")) {
            throw new IllegalStateException("sign-in ended on " + queue.uri());
        }
    }

    /** One page of the queue, a ticket or the dashboard: its answer time in ms. */
    double get(String url) throws Exception {
        long t0 = System.nanoTime();
        ok(send(HttpRequest.newBuilder(URI.create(url)).build()), url);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The queue's search form sent (the page it is sent from is fetched first, not measured). */
    double search(String queue, String words) throws Exception {
        String state = viewState(send(HttpRequest.newBuilder(URI.create(queue)).build()).body());
        String form = "queue=queue&queue%3Awords=" + words + "&queue%3Aapply=queue%3Aapply"
                + "&jakarta.faces.ViewState=" + state;
        long t0 = System.nanoTime();
        HttpResponse<String> r = ok(send(post(queue, form)), "search " + words);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.body().contains("ui-datatable-empty-message")) {
            throw new IllegalStateException("the search for " + words + " found nothing");
        }
        return ms;
    }

    /** The table's sortable columns: header text to client id. */
    Map<String, String> sortableColumns(String queue) throws Exception {
        Map<String, String> columns = new LinkedHashMap<>();
        Matcher th = TH.matcher(send(HttpRequest.newBuilder(URI.create(queue)).build()).body());
        while (th.find()) {
            String tag = th.group();
            Matcher id = ID.matcher(tag);
            if (tag.contains("ui-sortable-column") && id.find()) {
                Matcher label = ARIA.matcher(tag);
                columns.put(label.find() ? label.group(1).replaceAll(":.*", "") : id.group(1), id.group(1));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no sortable column found on the queue");
        }
        return columns;
    }

    /** PrimeFaces' Ajax sort of the table by one column, descending (the page is fetched first, not measured). */
    double sort(String queue, String column) throws Exception {
        String state = viewState(send(HttpRequest.newBuilder(URI.create(queue)).build()).body());
        String table = "queue:ticketTable";
        String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(table)
                + "&jakarta.faces.partial.execute=" + enc(table) + "&jakarta.faces.partial.render=" + enc(table)
                + "&" + enc(table + "_sorting") + "=true&" + enc(table + "_skipChildren") + "=true&"
                + enc(table + "_encodeFeature") + "=true&" + enc(table + "_sortKey") + "=" + enc(column) + "&"
                + enc(table + "_sortDir") + "=-1&queue=queue&jakarta.faces.ViewState=" + state;
        long t0 = System.nanoTime();
        HttpResponse<String> r = ok(send(post(queue, form).header("Faces-Request", "partial/ajax").build()),
                "sort " + column);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!r.body().contains("<partial-response") || r.body().contains("<error>")) {
            throw new IllegalStateException("sorting by " + column + " answered " + r.body());
        }
        return ms;
    }

    /** One measured call. */
    interface Probe {
        double call() throws Exception;
    }

    private HttpRequest.Builder post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ok(HttpResponse<String> r, String what) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + r.statusCode());
        }
        return r;
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no form on the page");
        }
        return enc(m.group(1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
