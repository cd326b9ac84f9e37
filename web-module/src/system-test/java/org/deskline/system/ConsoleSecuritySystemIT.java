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
        assertThat(staff).isNotNull();
        String page = staff.send(HttpRequest.newBuilder(URI.create(Soap.BASE + "/console/tickets.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher push = PUSH_URL.matcher(page);
        assertThat(push.find()).as("the queue page opens the alert channel").isTrue();
        String url = Soap.BASE.replaceFirst("^http", "ws") + push.group();

        WebSocket signedIn = open(HttpClient.newHttpClient(), url, ConsoleLogin.cookieHeader(staff, Soap.BASE));
        assertThat(signedIn.isInputClosed()).isFalse();
        signedIn.abort();

        assertThatThrownBy(() -> open(HttpClient.newHttpClient(), url, null))
                .isInstanceOf(java.util.concurrent.ExecutionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
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
