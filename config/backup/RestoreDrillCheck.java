import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskline.testsupport.ErpSoap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Issue 22, the backup/restore drill of config/backup/restore-drill.sh, in its two halves:
 *   RestoreDrillCheck create BASE TAG COUNT IDS_FILE      tickets titled "TAG n", each with a reply and an attachment;
 *                                                         their ids appended to IDS_FILE
 *   RestoreDrillCheck pending JDBC_URL COUNT              waits until COUNT alerts wait in the outbox (broker down)
 *   RestoreDrillCheck verify BASE BROKER_URL TAG IDS_FILE OUT   after the restore: every ticket with its title, reply
 *                                                         and attachment (same SHA-256); the partner's queue holds each
 *                                                         ticket's TICKET_CREATED alert exactly once
 * verify appends its findings to OUT and exits 1 when one fails.
 */
public class RestoreDrillCheck {

    private static final Pattern ID = Pattern.compile("<ticketId>(\\d+)</ticketId>");
    private static final Pattern ATTACHMENT = Pattern.compile("<attachmentId>(\\d+)</attachmentId>");
    private static final Pattern CONTENT = Pattern.compile("<content>([^<]*)</content>");
    private static final Pattern CREATED = Pattern.compile("\"type\"\\s*:\\s*\"TICKET_CREATED\"");
    private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "create" -> create(args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]));
            case "pending" -> pending(args[1], Integer.parseInt(args[2]));
            case "verify" -> System.exit(verify(args[1], args[2], args[3], Path.of(args[4]), Path.of(args[5])));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void create(String base, String tag, int count, Path ids) throws Exception {
        int first = Files.exists(ids) ? Files.readAllLines(ids).size() : 0; // titles go on: T10 refuses a repeat
        for (int n = first; n < first + count; n++) {
            long id = ticketId(call(base, "<t:createTicket><t:newTicket><t:projectCode>DEMO-SHOP</t:projectCode>"
                    + "<t:title>" + tag + " " + n + "</t:title><t:category>TECHNICAL</t:category><t:description>"
                    + "Restore drill</t:description></t:newTicket></t:createTicket>"));
            call(base, "<t:addReply><t:ticketId>" + id + "</t:ticketId><t:body>reply " + tag + " " + id
                    + "</t:body></t:addReply>");
            byte[] content = attachment(tag, id);
            call(base, "<t:addAttachment><t:ticketId>" + id + "</t:ticketId><t:upload><t:fileName>drill.txt"
                    + "</t:fileName><t:contentType>text/plain</t:contentType><t:sha256>" + sha256(content)
                    + "</t:sha256><t:content>" + Base64.getEncoder().encodeToString(content)
                    + "</t:content></t:upload></t:addAttachment>");
            Files.writeString(ids, id + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    static void pending(String jdbc, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (var db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            while (true) {
                try (var r = db.createStatement().executeQuery(
                        "select count(*) from alert where type = 'TICKET_CREATED' and state <> 'SENT'")) {
                    r.next();
                    if (r.getInt(1) >= count) {
                        System.out.println(r.getInt(1) + " TICKET_CREATED alerts wait in the outbox");
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("fewer than " + count + " alerts wait in the outbox");
                }
                Thread.sleep(500);
            }
        }
    }

    static int verify(String base, String brokerUrl, String tag, Path idsFile, Path out) throws Exception {
        List<String> failures = new ArrayList<>();
        List<Long> ids = Files.readAllLines(idsFile).stream().map(Long::parseLong).toList();
        for (long id : ids) {
            String ticket = call(base, "<t:getTicket><t:ticketId>" + id + "</t:ticketId></t:getTicket>");
            if (!ticket.contains("<title>" + tag + " ")) {
                failures.add("ticket " + id + " lost its title");
            }
            if (!call(base, "<t:getMessages><t:ticketId>" + id + "</t:ticketId></t:getMessages>")
                    .contains("reply " + tag + " " + id)) {
                failures.add("ticket " + id + " lost its reply");
            }
            Matcher a = ATTACHMENT.matcher(call(base, "<t:listAttachments><t:ticketId>" + id
                    + "</t:ticketId></t:listAttachments>"));
            String download = a.find() ? call(base, "<t:getAttachment><t:ticketId>" + id + "</t:ticketId>"
                    + "<t:attachmentId>" + a.group(1) + "</t:attachmentId></t:getAttachment>") : "";
            // the content inline (base64) or as an MTOM part of the answer
            Matcher inline = CONTENT.matcher(download);
            byte[] expected = attachment(tag, id);
            boolean same = inline.find() && !inline.group(1).isBlank()
                    ? sha256(Base64.getMimeDecoder().decode(inline.group(1))).equals(sha256(expected))
                    : download.contains(new String(expected, StandardCharsets.UTF_8));
            if (!same) {
                failures.add("ticket " + id + " lost its attachment");
            }
        }
        // the partner reads its queue: the alerts sent before the backup (kept in the broker's journal) and those
        // still in the outbox when the database was dumped (sent by the restored server)
        Map<Long, Integer> alerted = new TreeMap<>();
        int read = 0;
        try (Connection broker = new ActiveMQConnectionFactory(brokerUrl)
                .createConnection("partner-demo", "partner-demo-secret")) {
            Session session = broker.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer queue = session.createConsumer(session.createQueue("deskline.alerts::partner.partner-demo"));
            broker.start();
            long quietUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < quietUntil) {
                Message m = queue.receive(1_000);
                if (m == null) {
                    if (alerted.keySet().containsAll(ids)) {
                        quietUntil = Math.min(quietUntil, System.nanoTime() + Duration.ofSeconds(5).toNanos());
                    }
                    continue;
                }
                read++;
                String text = ((TextMessage) m).getText();
                Matcher ticket = TICKET.matcher(text);
                if (CREATED.matcher(text).find() && ticket.find()) {
                    alerted.merge(Long.parseLong(ticket.group(1)), 1, Integer::sum);
                }
            }
        }
        int once = 0;
        for (long id : ids) {
            int n = alerted.getOrDefault(id, 0);
            if (n == 1) {
                once++;
            } else {
                failures.add("ticket " + id + ": TICKET_CREATED arrived " + n + " times");
            }
        }
        String report = String.format("- after the restore: %d of %d tickets with their title, reply and attachment "
                + "(same SHA-256)%n- the partner's queue: %d messages read, TICKET_CREATED exactly once for %d of %d "
                + "tickets%n- %s%n", ids.size() - (int) failures.stream().filter(f -> f.contains("lost")).map(
                        f -> f.split(" ")[1]).distinct().count(), ids.size(), read, once, ids.size(),
                failures.isEmpty() ? "every check passed" : "FAILED: " + String.join("; ", failures));
        System.out.print(report);
        Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return failures.isEmpty() ? 0 : 1;
    }

    private static byte[] attachment(String tag, long id) {
        return ("Restore drill " + tag + ", ticket " + id + "\n").repeat(200).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long ticketId(String answer) {
        Matcher m = ID.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("createTicket answered without a ticket: " + answer);
        }
        return Long.parseLong(m.group(1));
    }

    private static String call(String base, String body) throws Exception {
        return ErpSoap.call(base, body);
    }
}
