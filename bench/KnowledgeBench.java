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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskline.knowledge.control.ArticleRules;
import org.deskline.knowledge.entity.ArticleContent;
import org.deskline.knowledge.entity.Audience;

/**
 * K1 search benchmark (issue 19): N published articles in English, Persian and Russian written straight into the
 * server's PostgreSQL (their search text computed by the product's own ArticleRules), then searchArticles over SOAP
 * as the demo ERP client, one call at a time: a common word, two words, a rare word, a Persian and a Russian word.
 * Writes a markdown table of latencies; run by bench/knowledge-run.sh.
 *   args: JDBC-URL BASE-URL OUT [ARTICLES] [CALLS-PER-QUERY]   (defaults 10000 200)
 */
public class KnowledgeBench {

    private static final long ID_BASE = 1_000_000_000_000L; // far above what the sequences hand out
    private static final Pattern TOTAL = Pattern.compile("<(?:\\w+:)?total>(\\d+)</");
    private static final String[] EN = ("invoice password backup domain hosting export report payment plugin theme "
            + "menu page user role cache email form order product stock shipping discount coupon language search "
            + "upload image video update security certificate server database").split(" ");
    private static final String[] FA = ("فاکتور رمز پشتیبان دامنه هاست گزارش پرداخت افزونه قالب منو صفحه کاربر "
            + "ایمیل فرم سفارش محصول انبار ارسال تخفیف جست‌وجو تصویر ویدئو به‌روزرسانی امنیت").split(" ");
    private static final String[] RU = ("счёт пароль резервная домен хостинг отчёт оплата плагин тема меню страница "
            + "пользователь почта форма заказ товар склад доставка скидка поиск изображение видео обновление")
            .split(" ");

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String base = args[1];
        Path out = Path.of(args[2]);
        int articles = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int calls = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        Random random = new Random(42);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            if (benchArticles(db) == 0) { // a second run against the same server searches what the first wrote
                insert(db, articles, random);
            }
        }
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("common word", "invoice");
        queries.put("two words", "password email");
        queries.put("rare word (one article)", "zzrare" + (articles / 2));
        queries.put("Persian word (Arabic kaf)", "فاكتور");
        queries.put("Russian word (ё as е)", "счет");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("erp-demo:erp-demo-secret"
                .getBytes(StandardCharsets.UTF_8));
        // warm-up: every query in turn, as many calls as the measurement makes (a server's steady state: the JIT has
        // compiled the search path, as it has on a server that has been answering for a while)
        int warmUp = calls * queries.size();
        List<String> texts = new ArrayList<>(queries.values());
        for (int i = 0; i < warmUp; i++) {
            search(http, base, auth, texts.get(i % texts.size()));
        }
        StringBuilder md = new StringBuilder(String.format("## searchArticles over %,d articles%n%n"
                + "One call at a time over SOAP (HTTP, no TLS) as the demo ERP client, first page (10 hits), "
                + "%d calls per query after %d warm-up calls (every query in turn).%n%n"
                + "| query | hits | calls | errors | p50 ms | p95 ms | p99 ms | max ms |%n"
                + "|---|---|---|---|---|---|---|---|%n", articles, calls, warmUp));
        for (Map.Entry<String, String> q : queries.entrySet()) {
            List<Double> ms = new ArrayList<>();
            int errors = 0;
            int hits = -1;
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                HttpResponse<String> r = search(http, base, auth, q.getValue());
                ms.add((System.nanoTime() - start) / 1e6);
                Matcher m = TOTAL.matcher(r.body());
                if (r.statusCode() != 200 || !m.find()) {
                    errors++;
                } else {
                    hits = Integer.parseInt(m.group(1));
                }
            }
            ms.sort(null);
            md.append(String.format("| %s (`%s`) | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", q.getKey(),
                    q.getValue(), hits, calls, errors, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1)));
        }
        md.append("\nA common word finds far more than a page: the database hands ranking at most "
                + org.deskline.knowledge.control.ArticleFinder.CANDIDATES + " candidates "
                + "(id, title, tags, search text; no bodies), those with a query word in their title or tags first "
                + "(their own GIN index), then others from the full-text index; they are ranked in Java and only the "
                + "page's 10 articles are read whole; hits counts those ranked.\n");
        Files.writeString(out, md.toString());
    }

    private static HttpResponse<String> search(HttpClient http, String base, String auth, String query)
            throws Exception {
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:k=\"https://deskline.org/ns/knowledge/v1\"><soap:Body><k:searchArticles><k:query>" + query
                + "</k:query></k:searchArticles></soap:Body></soap:Envelope>";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/ws/knowledge"))
                .header("Content-Type", "text/xml; charset=utf-8").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** How many of the bench's articles the database holds already. */
    private static long benchArticles(Connection db) throws Exception {
        try (var r = db.createStatement().executeQuery("select count(*) from article where id >= " + ID_BASE)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** N published public articles, a third in each language, about 150 words each. */
    private static void insert(Connection db, int count, Random random) throws Exception {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = db.prepareStatement("insert into article (id, version, translation_key, language, "
                + "category, title, body, video_urls, tags, audience, state, search_text, created_by, created_at, "
                + "updated_by, updated_at, published_at, views, helpful, not_helpful, answered, search_form, search_head) "
                + "values (?, 1, ?, ?, ?, ?, ?, '', ?, 'PUBLIC', 'PUBLISHED', ?, 'bench', ?, 'bench', ?, ?, 0, 0, 0, 0, "
                + ArticleRules.SEARCH_FORM + ", ?)")) {
            for (int i = 0; i < count; i++) {
                String language = i % 3 == 0 ? "en" : i % 3 == 1 ? "fa" : "ru";
                String[] words = language.equals("en") ? EN : language.equals("fa") ? FA : RU;
                String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                        + (i == count / 2 ? "zzrare" + i : "guide " + i);
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < 150; w++) {
                    body.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ".\n\n" : " ");
                }
                ArticleContent c = ArticleRules.check(new ArticleContent(language, "Bench/Topic " + (i % 20), title,
                        body.toString(), List.of(), List.of(words[random.nextInt(words.length)]), Audience.PUBLIC,
                        null, null));
                s.setLong(1, ID_BASE + i);
                s.setString(2, UUID.randomUUID().toString());
                s.setString(3, language);
                s.setString(4, c.category());
                s.setString(5, c.title());
                s.setString(6, c.body());
                s.setString(7, String.join(",", c.tags()));
                s.setString(8, ArticleRules.searchText(c));
                s.setTimestamp(9, now);
                s.setTimestamp(10, now);
                s.setTimestamp(11, now);
                s.setString(12, ArticleRules.searchHead(c));
                s.addBatch();
                if (i % 500 == 499) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        db.commit();
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
