import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SOAP load generator for createTicket and getTicket (JDK only: java SoapBench.java BASE_URL SECONDS OUT [WARM_UP_SECONDS]).
 * For each concurrency level it runs createTicket for SECONDS, then getTicket on the tickets it created, and
 * records throughput and p50/p99 latency of successful calls. Bounded in time, loopback only.
 */
public class SoapBench {

    private static final Pattern ID = Pattern.compile("<ticketId>(\\d+)</ticketId>");
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("erp-demo:erp-demo-secret".getBytes(StandardCharsets.UTF_8));

    record Result(String operation, int concurrency, long calls, long errors, double seconds, double p50, double p99) {
        String row() {
            return String.format("| %s | %d | %d | %d | %.0f | %.1f | %.1f |", operation, concurrency, calls, errors,
                    calls / seconds, p50, p99);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        // the JIT needs about a minute of traffic on 2 cores before figures settle; warm both operations
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        run(http, base, "createTicket", 4, warmUp / 2, ids);
        run(http, base, "getTicket", 4, warmUp / 2, ids);
        List<Result> results = new ArrayList<>();
        for (int c : new int[] {1, 4, 16}) {
            List<Long> created = Collections.synchronizedList(new ArrayList<>());
            results.add(run(http, base, "createTicket", c, seconds, created));
            ids.addAll(created);
            results.add(run(http, base, "getTicket", c, seconds, ids));
        }
        StringBuilder md = new StringBuilder();
        md.append("| operation | concurrency | calls | errors | calls/s | p50 ms | p99 ms |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        results.forEach(r -> md.append(r.row()).append('\n'));
        System.out.print(md);
        Files.writeString(out, md.toString());
    }

    static Result run(HttpClient http, String base, String operation, int concurrency, int seconds, List<Long> ids)
            throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(concurrency);
        long t0 = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        boolean create = !operation.equals("getTicket") || ids.isEmpty();
                        long n = sequence.incrementAndGet();
                        String body = create ? create(n) : get(ids.get((int) (n % ids.size())));
                        long start = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/ws/tickets"))
                                .header("Content-Type", "text/xml; charset=utf-8").header("Authorization", AUTH)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - start) / 1_000;
                        if (r.statusCode() == 200) {
                            latencies.add(micros);
                            if (create) {
                                Matcher m = ID.matcher(r.body());
                                if (m.find()) {
                                    ids.add(Long.parseLong(m.group(1)));
                                }
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(operation, concurrency, sorted.size(), errors.get(), elapsed,
                percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }

    static String create(long n) {
        return envelope("<t:createTicket><t:newTicket><t:projectCode>DEMO-SHOP</t:projectCode>"
                + "<t:title>Benchmark ticket " + n + " " + Instant.now().toEpochMilli() + "</t:title>"
                + "<t:category>TECHNICAL</t:category><t:description>Load test</t:description>"
                + "</t:newTicket></t:createTicket>");
    }

    static String get(long id) {
        return envelope("<t:getTicket><t:ticketId>" + id + "</t:ticketId></t:getTicket>");
    }

    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:t=\"https://deskline.org/ns/ticket/v1\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }
}
