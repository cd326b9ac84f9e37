import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskline.testsupport.ErpSoap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;

/**
 * Issue 22, rolling upgrade: one stage of config/cluster/rolling-upgrade.sh, with two instances running on one
 * schema (the previous release and the new one, or two of the new one):
 *   RollingUpgradeCheck STAGE JDBC_URL BROKER_URL OUT URL_A URL_B
 * On each instance: createTicket, a reply, the other instance's ticket read back (title and both replies), a staff
 * sign-in to the console; every created ticket's TICKET_CREATED alert reaches a partner once. Appends one result line
 * to OUT and exits 1 when a check fails.
 */
public class RollingUpgradeCheck {

    private static final Pattern ID = Pattern.compile("<ticketId>(\\d+)</ticketId>");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CREATED = Pattern.compile("\"type\"\\s*:\\s*\"TICKET_CREATED\"");
    private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");

    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.exit(new RollingUpgradeCheck().run(args[0], args[1], args[2], Path.of(args[3]), args[4], args[5]));
    }

    int run(String stage, String jdbc, String brokerUrl, Path out, String a, String b) throws Exception {
        Map<Long, Integer> alerted = new ConcurrentHashMap<>(); // TICKET_CREATED alerts per ticket id
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        try (Connection broker = factory.createConnection("desk", "desk-secret")) {
            Session session = broker.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer alerts = session.createConsumer(new ActiveMQTopic("deskline.alerts"));
            alerts.setMessageListener(m -> {
                try {
                    String text = ((TextMessage) m).getText();
                    Matcher ticket = TICKET.matcher(text);
                    if (CREATED.matcher(text).find() && ticket.find()) {
                        alerted.merge(Long.parseLong(ticket.group(1)), 1, Integer::sum);
                    }
                } catch (jakarta.jms.JMSException e) {
                    failures.add("an alert could not be read: " + e);
                }
            });
            broker.start();

            String tag = stage + " " + UUID.randomUUID().toString().substring(0, 8);
            long onA = create(a, "Rolling upgrade " + tag + " on A");
            long onB = create(b, "Rolling upgrade " + tag + " on B");
            List<Long> created = List.of(onA, onB);
            reply(a, onA, "reply on A " + tag);
            reply(b, onA, "reply on B " + tag);
            reply(a, onB, "reply on A " + tag);
            reply(b, onB, "reply on B " + tag);
            for (String reader : List.of(a, b)) {
                for (long id : List.of(onA, onB)) {
                    String ticket = call(reader, "<t:getTicket><t:ticketId>" + id + "</t:ticketId></t:getTicket>");
                    check(ticket.contains("Rolling upgrade " + tag), reader + " read ticket " + id + " without its title");
                    String messages = call(reader, "<t:getMessages><t:ticketId>" + id + "</t:ticketId></t:getMessages>");
                    check(messages.contains("reply on A " + tag) && messages.contains("reply on B " + tag),
                            reader + " read ticket " + id + " without both replies");
                }
                signIn(reader);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!alerted.keySet().containsAll(created) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(2_000); // a second copy would arrive within this
            for (long id : created) {
                int n = alerted.getOrDefault(id, 0);
                check(n == 1, "ticket " + id + ": TICKET_CREATED arrived " + n + " times");
            }
        }
        String schema;
        try (var db = DriverManager.getConnection(jdbc, "postgres", "postgres");
             var r = db.createStatement().executeQuery("select version from flyway_schema_history"
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            schema = r.next() ? "V" + r.getString(1) : "none";
        }
        String line = String.format("| %s | %s | %s | %s |%n", stage, schema, "2 tickets, "
                + "4 replies, 8 reads, 2 sign-ins, alerts once each",
                failures.isEmpty() ? "passed" : "FAILED: " + String.join("; ", failures));
        System.out.print(line);
        Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return failures.isEmpty() ? 0 : 1;
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    private long create(String base, String title) throws Exception {
        String answer = call(base, "<t:createTicket><t:newTicket><t:projectCode>DEMO-SHOP</t:projectCode><t:title>"
                + title + "</t:title><t:category>TECHNICAL</t:category><t:description>Opened during a rolling "
                + "upgrade</t:description></t:newTicket></t:createTicket>");
        Matcher m = ID.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException(base + " answered createTicket without a ticket: " + answer);
        }
        return Long.parseLong(m.group(1));
    }

    private void reply(String base, long id, String text) throws Exception {
        call(base, "<t:addReply><t:ticketId>" + id + "</t:ticketId><t:body>" + text + "</t:body></t:addReply>");
    }

    private static String call(String base, String body) throws Exception {
        return ErpSoap.call(base, body);
    }

    /** agent1 signs in to the console of {@code base}; fails unless the queue is shown. */
    private void signIn(String base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(login.body());
        if (!state.find()) {
            failures.add(base + ": no login form (" + login.statusCode() + ")");
            return;
        }
        String form = "login=login&login%3Ausername=agent1&login%3Apassword=agent1-secret&login%3Asubmit=login%3Asubmit"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> queue = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        check(queue.uri().getPath().endsWith("/console/tickets.xhtml") && queue.body().contains("queue:ticketTable"),
                base + ": sign-in ended on " + queue.uri() + " (" + queue.statusCode() + ")");
    }
}
