package org.deskline.security.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.deskline.security.control.Credentials;

/**
 * One mechanism, two audiences: customer systems authenticate every SOAP request with HTTP Basic against the
 * API-client table; staff log in once through the console's form and are remembered in their session, which
 * every request checks against the account (issue 16: a disabled or changed account's session ends at once).
 */
@ApplicationScoped
public class DeskAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_USER = DeskAuthentication.class.getName() + ".user";
    /** Request attribute: how long a throttled console sign-in must wait (a {@link Duration}). */
    public static final String RETRY_AFTER = DeskAuthentication.class.getName() + ".retryAfter";
    private static final String SOAP_PATH = "/ws/";

    @Inject
    Credentials credentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            return consoleLogin(request, context, login);
        }
        if ((request.getServletPath() + "/").startsWith(SOAP_PATH)) {
            return basic(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SessionUser user) {
            if (credentials.staffStamp(user.name()).filter(user.stamp()::equals).isPresent()) {
                return context.notifyContainerAboutLogin(user.name(), user.groups());
            }
            // disabled, demoted, moved to another tier or given a new password since signing in
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus consoleLogin(HttpServletRequest request, HttpMessageContext context,
                                              UsernamePasswordCredential login) {
        Credentials.SignIn signIn = credentials.staffUser(login.getCaller(), login.getPasswordAsString(),
                request.getRemoteAddr());
        if (signIn.isThrottled()) {
            request.setAttribute(RETRY_AFTER, signIn.retryAfter());
        }
        Optional<Set<String>> groups = signIn.groups();
        if (groups.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE; // the login form shows the message
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        String stamp = credentials.staffStamp(login.getCaller()).orElse(""); // "": changed meanwhile, ends at once
        request.getSession(true).setAttribute(SESSION_USER,
                new SessionUser(login.getCaller(), new HashSet<>(groups.get()), stamp));
        return context.notifyContainerAboutLogin(login.getCaller(), groups.get());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = decode(header.substring(6).trim());
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String user = decoded.substring(0, colon);
                Credentials.SignIn signIn = credentials.apiClient(user, decoded.substring(colon + 1),
                        request.getRemoteAddr());
                if (signIn.isAccepted()) {
                    return context.notifyContainerAboutLogin(user, signIn.groups().get());
                }
                if (signIn.isThrottled()) {
                    return throttled(response, signIn.retryAfter());
                }
            }
        }
        if (context.isProtected()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"deskline\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /** HTTP 429 with Retry-After and the typed SOAP fault AUTHENTICATION_THROTTLED; committed before returning. */
    private static AuthenticationStatus throttled(HttpServletResponse response, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("text/xml; charset=UTF-8");
            response.getOutputStream().write(ThrottledFault.envelope(seconds).getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
