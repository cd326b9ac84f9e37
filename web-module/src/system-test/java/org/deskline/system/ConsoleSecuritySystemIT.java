package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the console's transport: the alert push websocket carries every organization's alerts, so it opens only
 * within a signed-in staff session (finding 5: its channel token alone, as anyone who once saw a console page has
 * it, is refused at the handshake); pages cannot be framed by other sites and leak no URL to them.
 */
class ConsoleSecuritySystemIT {

    private static final Pattern PUSH_URL = Pattern.compile("/jakarta\\.faces\\.push/alerts\\?[\\w-]+");

    private static String queuePage(HttpClient staff) throws Exception {
        assertThat(staff).as("signed in").isNotNull();
        return staff.send(HttpRequest.newBuilder(URI.create(Soap.BASE + "/console/tickets.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The alert channel's websocket address on a console page. */
    private static String pushUrl(String page) {
        Matcher push = PUSH_URL.matcher(page);
        assertThat(push.find()).as("the queue page opens the alert channel").isTrue();
        return Soap.BASE.replaceFirst("^http", "ws") + push.group();
    }

    private static WebSocket open(HttpClient http, String url, String cookie) throws Exception {
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.buildAsync(URI.create(url), new WebSocket.Listener() { }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void the_alert_websocket_needs_a_staff_session_not_just_its_token() throws Exception {
        HttpClient staff = ConsoleLogin.signedIn(Soap.BASE, "agent1", "agent1-secret");
        String url = pushUrl(queuePage(staff));

        WebSocket signedIn = open(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), url, ConsoleLogin.cookieHeader(staff, Soap.BASE));
        assertThat(signedIn.isInputClosed()).isFalse();
        signedIn.abort();

        assertThatThrownBy(() -> open(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), url, null))
                .isInstanceOf(java.util.concurrent.ExecutionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
    }

    /**
     * Finding 5: the channel is the signed-in user's own (alerts are addressed to active staff by name), and
     * signing out closes the page's socket: nothing more reaches a browser left open.
     */
    @Test
    void the_alert_socket_carries_alerts_to_its_user_and_closes_when_the_user_signs_out() throws Exception {
        HttpClient staff = ConsoleLogin.signedIn(Soap.BASE, "agent2", "agent2-secret");
        String page = queuePage(staff);
        java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.LinkedBlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().newWebSocketBuilder()
                .header("Cookie", ConsoleLogin.cookieHeader(staff, Soap.BASE))
                .buildAsync(URI.create(pushUrl(page)), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(WebSocket ws, CharSequence data,
                                                                          boolean last) {
                        text.append(data);
                        if (last) {
                            received.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                        closed.complete(status);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        closed.complete(-1);
                    }
                }).get(20, TimeUnit.SECONDS);
        try {
            long ticket = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET).createTicket(TicketServiceSystemIT.newTicket(
                    "DEMO-SHOP", "Push check " + System.nanoTime())).getTicketId();
            long deadline = System.currentTimeMillis() + 30_000;
            boolean seen = false;
            java.util.List<String> all = new java.util.ArrayList<>();
            while (!seen && System.currentTimeMillis() < deadline) {
                String alert = received.poll(1, TimeUnit.SECONDS);
                if (alert != null) {
                    all.add(alert);
                    seen = AlertJson.ticketId(pushed(alert)) == ticket;
                }
            }
            assertThat(seen).as("the signed-in user's socket receives ticket %d's alert; it got %s (closed: %s)",
                    ticket, all, closed.getNow(null)).isTrue();

            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            assertThat(viewState.find()).isTrue();
            HttpResponse<String> out = staff.send(HttpRequest.newBuilder(URI.create(Soap.BASE
                            + "/console/tickets.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("logout=logout&logout%3AlogoutButton=&"
                            + "jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1),
                            java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(out.statusCode()).as("signed out").isEqualTo(302);
            assertThat(closed.get(15, TimeUnit.SECONDS)).as("the socket closes with the session").isNotNull();
        } finally {
            socket.abort();
        }
    }

    /** The alert document in a pushed message: Faces sends {"data": the pushed object}, here the JSON text. */
    private static jakarta.json.JsonObject pushed(String message) {
        String document = jakarta.json.Json.createReader(new java.io.StringReader(message)).readObject()
                .getString("data");
        return jakarta.json.Json.createReader(new java.io.StringReader(document)).readObject();
    }

    @Test
    void pages_carry_the_browser_security_headers() throws Exception {
        HttpClient staff = ConsoleLogin.signedIn(Soap.BASE, "manager", "manager-secret");
        for (String path : java.util.List.of("/login.xhtml", "/console/tickets.xhtml")) {
            HttpResponse<String> r = staff.send(HttpRequest.newBuilder(URI.create(Soap.BASE + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains("frame-ancestors 'self'");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
    }
}
