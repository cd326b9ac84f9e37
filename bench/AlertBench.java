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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert delivery end to end: tickets opened over SOAP at a sustained rate (one TICKET_CREATED alert each); a partner
 * reads its own queue over STOMP (the demo partner "partner-demo", broker-side filter on its organization); per
 * alert, latency = arrival at the partner - the alert's occurredAt (set in the creating transaction, just before
 * commit). JDK only.
 *   java bench/AlertBench.java BASE_URL BROKER_PORT SECONDS OUT RATE [RATE ...]
 */
public class AlertBench {

    private static final Pattern OCCURRED = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"TICKET_CREATED\"");
    private static final Pattern TITLE = Pattern.compile("\"title\":\"alert-bench ([0-9]+) ");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int brokerPort = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        StringBuilder md = new StringBuilder(String.format("## Alerts end to end (commit to partner receipt)%n%n"
                + "Tickets opened over SOAP at a sustained rate for %d s each (8 sender threads), one TICKET_CREATED "
                + "alert each; the demo partner reads its filtered queue over STOMP.%n%n"
                + "| target rate /s | tickets | alerts received | received /s | p50 ms | p99 ms | max ms |%n"
                + "|---|---|---|---|---|---|---|%n", seconds));
        for (int i = 4; i < args.length; i++) {
            md.append(run(base, brokerPort, Integer.parseInt(args[i]), seconds, i));
        }
        Files.writeString(Path.of(args[3]), md.toString());
        System.out.print(md);
        System.exit(0); // the HTTP client's sender threads would keep the JVM alive
    }

    static String run(String base, int brokerPort, int rate, int seconds, int round) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unreadable = new AtomicInteger();
        String tag = String.valueOf(round * 1_000_000L + System.nanoTime() % 1_000_000);
        Socket socket = new Socket("127.0.0.1", brokerPort);
        socket.setSoTimeout(1_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
        send(out, "CONNECT\naccept-version:1.2\nhost:deskline\nlogin:partner-demo\npasscode:partner-demo-secret\n\n");
        if (!frame(in).startsWith("CONNECTED")) {
            throw new IllegalStateException("the demo partner could not log in");
        }
        send(out, "SUBSCRIBE\nid:1\ndestination:deskline.alerts\\c\\cpartner.partner-demo\nack:auto\n\n");
        long firstArrival[] = {0};
        long lastArrival[] = {0};
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    String frame = frame(in);
                    long arrived = System.currentTimeMillis();
                    Matcher title = TITLE.matcher(frame);
                    Matcher at = OCCURRED.matcher(frame);
                    if (TYPE.matcher(frame).find() && title.find() && title.group(1).equals(tag) && at.find()) {
                        latencies.add(arrived - Instant.parse(at.group(1)).toEpochMilli());
                        if (firstArrival[0] == 0) {
                            firstArrival[0] = arrived;
                        }
                        lastArrival[0] = arrived;
                    }
                } catch (java.net.SocketTimeoutException idle) {
                    // keep listening
                } catch (java.io.IOException closed) {
                    return;
                } catch (RuntimeException e) {
                    unreadable.incrementAndGet();
                }
            }
        });
        reader.start();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("erp-demo:erp-demo-secret".getBytes(
                StandardCharsets.UTF_8));
        ExecutorService senders = Executors.newFixedThreadPool(8);
        AtomicInteger created = new AtomicInteger();
        int total = rate * seconds;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1_000_000_000.0 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            senders.submit(() -> {
                String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                        + "xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body><t:createTicket><t:newTicket>"
                        + "<t:projectCode>DEMO-SHOP</t:projectCode><t:title>alert-bench " + tag + " " + n
                        + "</t:title><t:category>TECHNICAL</t:category><t:description>bench</t:description>"
                        + "</t:newTicket></t:createTicket></soap:Body></soap:Envelope>";
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/ws/tickets"))
                            .header("Content-Type", "text/xml; charset=utf-8").header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        created.incrementAndGet();
                    }
                } catch (Exception e) {
                    // counted as not created
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        long deadline = System.currentTimeMillis() + 30_000;
        while (latencies.size() < created.get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        reader.interrupt();
        socket.close();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double window = Math.max(1, lastArrival[0] - firstArrival[0]) / 1000.0;
        return String.format("| %d | %d | %d | %.0f | %d | %d | %d |%n", rate, created.get(), sorted.size(),
                sorted.size() / window, pct(sorted, 50), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0
                * sorted.size()) - 1));
    }

    static void send(OutputStream out, String frame) throws Exception {
        out.write((frame + "\0").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String frame(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != 0) {
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
