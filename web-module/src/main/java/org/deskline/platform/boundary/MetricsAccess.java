package org.deskline.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 22: Payara's {@code /metrics} (Prometheus text: the application's metrics, the JVM's, Payara's) is read
 * only with {@code Authorization: Bearer <DESK_METRICS_TOKEN>}, the way Prometheus sends a scrape's
 * {@code authorization} credentials. Without a token configured, nobody reads it; in demo mode (DESK_DEMO=true, the
 * run command on loopback) callers on this machine may. Health stays open: balancers ask it without credentials,
 * and it says nothing but UP or DOWN and counts.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccess extends HttpFilter {

    /** The shortest token accepted: a guessable one would make the check worthless. */
    static final int MIN_TOKEN_LENGTH = 24;

    @Inject
    @ConfigProperty(name = "desk.metrics.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "desk.demo", defaultValue = "false")
    boolean demo;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> expected = token.map(String::strip).filter(t -> t.length() >= MIN_TOKEN_LENGTH);
        if (expected.isPresent() ? presents(request, expected.get()) : demo && loopback(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        response.setContentType("text/plain;charset=UTF-8");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.getWriter().write(expected.isPresent() ? "Send the metrics token: Authorization: Bearer <token>.\n"
                : "Metrics are off: set DESK_METRICS_TOKEN (at least " + MIN_TOKEN_LENGTH
                + " characters) and scrape with it as a bearer token.\n");
    }

    static boolean presents(HttpServletRequest request, String expected) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean loopback(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return "127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address);
    }
}
