import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;

/**
 * Issue 22: losing one instance of a cluster loses nothing. Run by config/cluster/kill-test.sh against HAProxy and
 * N instances on one PostgreSQL and one Artemis:
 *   ClusterCheck FRONT_URL JDBC_URL BROKER_URL SECONDS PIDS OUT
 * (PIDS: the instances' process ids, comma-separated, in the order of their HAProxy names s1, s2, ...).
 * A staff member signs in to the console; SOAP clients create (each with its own requestId) and read tickets through
 * the balancer for SECONDS; a third of the way in, a few tickets on the 12-second stopwatch plan start their SLA
 * clocks, and the instance holding the console session is killed with SIGKILL. A create without an answer is sent
 * again with the same requestId until it has one. Then it checks, and writes to OUT: every answered create exists
 * once, under the ticket it answered; creates sent again with their requestId answer the same ticket; every created
 * ticket's TICKET_CREATED alert arrived once and no alert twice; the stopwatch tickets' SLA warnings and breaches
 * arrived once each, and how late; what the staff member met after the kill. Exits 1 when a check fails.
 */
public class ClusterCheck {

    private static final Pattern ID = Pattern.compile("<ticketId>(\\d+)</ticketId>");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String front;
    private final HttpClient soap = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Long> answered = new ConcurrentHashMap<>();
    private final List<Long> ids = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong resent = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** The instance that answered this thread's last call (HAProxy's X-Deskline-Instance). */
    private final ThreadLocal<String> lastInstance = new ThreadLocal<>();

    ClusterCheck(String front) {
        this.front = front;
    }

    public static void main(String[] args) throws Exception {
        new ClusterCheck(args[0]).run(args[1], args[2], Integer.parseInt(args[3]), args[4].split(","), Path.of(args[5]));
    }

    void run(String jdbc, String brokerUrl, int seconds, String[] pids, Path out) throws Exception {
        StringBuilder report = new StringBuilder();
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        try (Connection broker = factory.createConnection("desk", "desk-secret")) {
            Session session = broker.createSession(false, Session.AUTO_ACKNOWLEDGE);
            // each alert is stamped when it reaches this partner, on the listener's thread, while the load runs
            java.util.concurrent.BlockingQueue<Map.Entry<Instant, String>> inbox =
                    new java.util.concurrent.LinkedBlockingQueue<>();
            MessageConsumer alerts = session.createConsumer(new ActiveMQTopic("deskline.alerts"));
            alerts.setMessageListener(m -> {
                try {
                    inbox.add(Map.entry(Instant.now(), ((TextMessage) m).getText()));
                } catch (jakarta.jms.JMSException e) {
                    failures.add("an alert could not be read: " + e);
                }
            });
            broker.start();

            // a staff member signs in through the balancer; the instance holding the session is the one killed
            HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
            signIn(browser);
            String instance = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies()
                    .stream().filter(c -> c.getName().equals("DESKLINE_INSTANCE")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow(() -> new IllegalStateException("HAProxy set no DESKLINE_INSTANCE"));
            long victim = Long.parseLong(pids[Integer.parseInt(instance.substring(1)) - 1]);

            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> load(end));
                t.start();
                clients.add(t);
            }
            Thread.sleep(seconds * 1000L / 3);
            // stopwatch tickets, at least two of them opened by the instance about to be killed: the SLA moments it
            // armed must be raised by the others
            List<Long> stopwatch = new ArrayList<>();
            List<Long> onVictim = new ArrayList<>();
            while (stopwatch.size() < 6 || onVictim.size() < 2 && stopwatch.size() < 15) {
                long id = create("erp-quickstep", "QS-LAB", "cluster-sla-" + UUID.randomUUID());
                stopwatch.add(id);
                if (instance.equals(lastInstance.get())) {
                    onVictim.add(id);
                }
            }
            Thread.sleep(1_000);
            ProcessHandle.of(victim).orElseThrow().destroyForcibly(); // SIGKILL
            Instant killedAt = Instant.now();
            report.append("- killed instance ").append(instance).append(" (pid ").append(victim)
                    .append(") with SIGKILL ").append(seconds / 3 + 1).append(" s into the load\n");

            // the staff member's next page, and signing in again
            long t0 = System.nanoTime();
            HttpResponse<String> next;
            int errorPages = 0;
            // a user who meets an error page while the balancer has not yet marked the instance down reloads it
            while (true) {
                next = browser.send(HttpRequest.newBuilder(URI.create(front + "/console/tickets.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (next.statusCode() < 500 || System.nanoTime() - t0 > 10_000_000_000L) {
                    break;
                }
                errorPages++;
                Thread.sleep(500);
            }
            boolean toSignIn = next.uri().getPath().endsWith("/login.xhtml") && next.body().contains("login:password");
            check(toSignIn, "after the kill the console asks the staff member to sign in again (got " + next.statusCode()
                    + " " + next.uri() + ")");
            double nextPage = (System.nanoTime() - t0) / 1e9;
            signIn(browser);
            report.append(String.format("- console: the page asked for after the kill was the sign-in page (%s, "
                    + "after %d error pages, %.2f s); signed in again on another instance, the queue was shown %.1f s "
                    + "after the kill%n", toSignIn, errorPages, nextPage,
                    Duration.between(killedAt, Instant.now()).toMillis() / 1e3));

            for (Thread t : clients) {
                t.join();
            }
            // T13: creates sent again with their requestId answer the first ticket
            List<Map.Entry<String, Long>> sample = new ArrayList<>(answered.entrySet());
            Collections.shuffle(sample);
            int again = 0;
            for (Map.Entry<String, Long> e : sample.subList(0, Math.min(50, sample.size()))) {
                long id = create("erp-demo", "DEMO-SHOP", e.getKey());
                check(id == e.getValue(), "requestId " + e.getKey() + " answered " + id + " on a retry, " + e.getValue()
                        + " first");
                again++;
            }

            // alerts: wait for the stopwatch tickets' breaches (12 s) and the relays' sweeps
            Map<String, Integer> seen = new HashMap<>();
            Map<Long, Integer> created = new HashMap<>();
            Map<Long, List<String>> sla = new HashMap<>();
            List<Double> lateMs = new ArrayList<>();
            List<Double> raisedLateMs = new ArrayList<>();
            List<Double> victimRaisedLateMs = new ArrayList<>();
            Instant until = Instant.now().plusSeconds(25);
            while (Instant.now().isBefore(until) || !inbox.isEmpty()) {
                Map.Entry<Instant, String> m = inbox.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (m == null) {
                    continue;
                }
                Instant arrived = m.getKey();
                JsonObject alert = Json.createReader(new StringReader(m.getValue())).readObject();
                seen.merge(alert.getString("alertId"), 1, Integer::sum);
                JsonObject ticket = alert.getJsonObject("ticket");
                long ticketId = ticket == null ? -1 : ticket.getJsonNumber("id").longValue();
                String type = alert.getString("type");
                if (type.equals("TICKET_CREATED")) {
                    created.merge(ticketId, 1, Integer::sum);
                }
                if (stopwatch.contains(ticketId) && alert.containsKey("sla")
                        && alert.getJsonObject("sla").getString("metric").equals("FIRST_RESPONSE")) {
                    sla.computeIfAbsent(ticketId, k -> new ArrayList<>()).add(type);
                    String moment = type.equals("SLA_WARNING") ? "warnAt" : "dueAt";
                    Instant due = Instant.parse(alert.getJsonObject("sla").getString(moment));
                    lateMs.add((double) Duration.between(due, arrived).toMillis());
                    double raised = Duration.between(due, Instant.parse(alert.getString("occurredAt"))).toMillis();
                    raisedLateMs.add(raised);
                    if (onVictim.contains(ticketId)) {
                        victimRaisedLateMs.add(raised);
                    }
                }
            }
            long twice = seen.values().stream().filter(n -> n > 1).count();
            check(twice == 0, twice + " alerts arrived more than once");
            long missing = answered.values().stream().filter(id -> created.getOrDefault(id, 0) != 1).count();
            check(missing == 0, missing + " answered creates without exactly one TICKET_CREATED alert");
            for (long id : stopwatch) {
                check(List.of("SLA_WARNING", "SLA_BREACHED").equals(sla.get(id)), "stopwatch ticket " + id
                        + " had first-response alerts " + sla.get(id));
            }

            // the database: every answered create exists once, under the ticket it answered
            int rows = 0;
            try (var c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                 var s = c.prepareStatement("select request_id, id from ticket where created_by = 'erp-demo' "
                         + "and request_id like 'cluster-%'");
                 var r = s.executeQuery()) {
                Map<String, Long> stored = new HashMap<>();
                while (r.next()) {
                    stored.put(r.getString(1), r.getLong(2));
                    rows++;
                }
                check(stored.equals(answered), "the tickets stored (" + stored.size() + ") are the creates answered ("
                        + answered.size() + ")");
            }
            Collections.sort(lateMs);
            report.append(String.format("- SOAP through HAProxy: %d calls by 4 clients in %d s, %d failed at the "
                            + "balancer or the instance (a create among them was sent again with its requestId: %d)%n",
                    calls.get(), seconds, failedCalls.get(), resent.get()));
            report.append(String.format("- creates answered: %d; tickets stored with their requestIds: %d; creates sent "
                    + "again afterwards, each answered with its first ticket: %d%n", answered.size(), rows, again));
            report.append(String.format("- alerts: %d distinct, %d twice; TICKET_CREATED once for %d of %d created "
                    + "tickets%n", seen.size(), twice, answered.size() - missing, answered.size()));
            Collections.sort(raisedLateMs);
            Collections.sort(victimRaisedLateMs);
            report.append(String.format("- SLA on the 12 s stopwatch plan, %d tickets opened 1 s before the kill: "
                    + "warning and breach once each (%s); raised after the due moment p50 %.0f ms, max %.0f ms; "
                    + "arrived at the partner p50 %.0f ms, max %.0f ms after it%n", stopwatch.size(),
                    sla.size() == stopwatch.size(), median(raisedLateMs), max(raisedLateMs), median(lateMs),
                    max(lateMs)));
            report.append(String.format("- of them %d opened by the killed instance, their alerts raised by the others "
                    + "p50 %.0f ms, max %.0f ms after the due moment%n", onVictim.size(), median(victimRaisedLateMs),
                    max(victimRaisedLateMs)));
            check(onVictim.isEmpty() || max(victimRaisedLateMs) < 5_000, "the killed instance's SLA moments were "
                    + "raised late: " + victimRaisedLateMs);
        }
        report.append(failures.isEmpty() ? "- every check passed\n" : "- FAILED: " + String.join("; ", failures) + "\n");
        System.out.print(report);
        Files.writeString(out, report.toString());
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    private static double median(List<Double> sorted) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> sorted) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    /** SOAP clients: 40 % createTicket (each with a requestId of its own), 60 % getTicket, until {@code end}. */
    private void load(long end) {
        while (System.nanoTime() < end) {
            try {
                if (ids.isEmpty() || ThreadLocalRandom.current().nextInt(10) < 4) {
                    String requestId = "cluster-" + UUID.randomUUID();
                    answered.put(requestId, create("erp-demo", "DEMO-SHOP", requestId));
                } else {
                    long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    call("erp-demo", "<t:getTicket><t:ticketId>" + id + "</t:ticketId></t:getTicket>");
                }
            } catch (Exception e) {
                failures.add("a client stopped: " + e);
                return;
            }
        }
    }

    /** createTicket, sent again with the same requestId until it is answered (at most 60 s). */
    private long create(String client, String project, String requestId) throws Exception {
        String body = "<t:createTicket><t:newTicket><t:projectCode>" + project + "</t:projectCode><t:title>Cluster "
                + requestId + "</t:title><t:category>TECHNICAL</t:category><t:description>Sent through the balancer"
                + "</t:description><t:requestId>" + requestId + "</t:requestId></t:newTicket></t:createTicket>";
        Instant giveUp = Instant.now().plusSeconds(60);
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                resent.incrementAndGet();
                Thread.sleep(300);
            }
            String answer = call(client, body);
            Matcher m = answer == null ? null : ID.matcher(answer);
            if (m != null && m.find()) {
                long id = Long.parseLong(m.group(1));
                if (client.equals("erp-demo")) {
                    ids.add(id);
                }
                return id;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("createTicket " + requestId + " unanswered for 60 s: " + answer);
            }
        }
    }

    /** One SOAP call; the body of a 200 answer, or null (a failure at the balancer, the instance or the network). */
    private String call(String client, String body) throws InterruptedException {
        calls.incrementAndGet();
        try {
            HttpResponse<String> r = soap.send(HttpRequest.newBuilder(URI.create(front + "/ws/tickets"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=utf-8")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + client
                            + "-secret").getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/"
                            + "soap/envelope/\" xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body>" + body
                            + "</soap:Body></soap:Envelope>")).build(), HttpResponse.BodyHandlers.ofString());
            lastInstance.set(r.headers().firstValue("X-Deskline-Instance").orElse("?"));
            if (r.statusCode() == 200) {
                return r.body();
            }
        } catch (java.io.IOException e) {
            // the instance went away under the call: counted, and a create is sent again
        }
        failedCalls.incrementAndGet();
        return null;
    }

    /** Signs agent1 in through the console's login form; fails unless the queue is shown. */
    private void signIn(HttpClient browser) throws Exception {
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(front + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(login.body());
        if (!state.find()) {
            throw new IllegalStateException("no login form: " + login.statusCode());
        }
        String form = "login=login&login%3Ausername=agent1&login%3Apassword=agent1-secret&login%3Asubmit=login%3Asubmit"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> queue = browser.send(HttpRequest.newBuilder(URI.create(front + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!queue.uri().getPath().endsWith("/console/tickets.xhtml")) {
            throw new IllegalStateException("sign-in ended on " + queue.uri() + " (" + queue.statusCode() + ")");
        }
    }
}
