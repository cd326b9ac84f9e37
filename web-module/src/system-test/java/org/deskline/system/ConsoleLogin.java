package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console's sign-in form posted the way a browser posts it, without a browser (for the security tests). */
final class ConsoleLogin {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private ConsoleLogin() {
    }

    /** A client holding the signed-in session, or null when the sign-in did not lead into the console. */
    static HttpClient signedIn(String base, String user, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertThat(viewState.find()).as("the login form").isTrue();
        String form = Map.of("login", "login", "login:username", user, "login:password", password, "login:submit", "",
                        "jakarta.faces.ViewState", viewState.group(1)).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        boolean in = r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/console/");
        return in ? http : null;
    }

    /** The Cookie header of the session {@code http} holds for {@code base}. */
    static String cookieHeader(HttpClient http, String base) {
        CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
        return cookies.getCookieStore().get(URI.create(base)).stream().map(Object::toString)
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
