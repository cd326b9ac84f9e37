package org.deskline.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** Issue 22: what a balancer or an operator reads from /health/ready and /health/live (MicroProfile Health). */
final class HealthProbe {

    /** The answer: the HTTP status, the overall status and each check's status by name. */
    record Answer(int http, String status, Map<String, String> checks, JsonObject body) {

        String check(String name) {
            return checks.get(name);
        }
    }

    private HealthProbe() {
    }

    static Answer ready(String base) throws Exception {
        return read(base + "/health/ready");
    }

    static Answer live(String base) throws Exception {
        return read(base + "/health/live");
    }

    /** Polls readiness until the named check has the status, for at most {@code seconds}; the last answer. */
    static Answer waitFor(String base, String check, String status, int seconds) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Answer answer = ready(base);
        while (!status.equals(answer.check(check)) && System.nanoTime() < until) {
            Thread.sleep(500);
            answer = ready(base);
        }
        return answer;
    }

    /** Polls readiness until all of it is UP, for at most {@code seconds}; the last answer. */
    static Answer waitForUp(String base, int seconds) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Answer answer = ready(base);
        while (!"UP".equals(answer.status()) && System.nanoTime() < until) {
            Thread.sleep(500);
            answer = ready(base);
        }
        return answer;
    }

    private static Answer read(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
        Map<String, String> checks = new TreeMap<>();
        body.getJsonArray("checks").getValuesAs(JsonObject.class)
                .forEach(c -> checks.put(c.getString("name"), c.getString("status")));
        return new Answer(r.statusCode(), body.getString("status"), checks, body);
    }
}
