package org.deskline.security.boundary;

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
import java.nio.charset.StandardCharsets;
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
        Optional<Set<String>> groups = credentials.staffUser(login.getCaller(), login.getPasswordAsString());
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
                Optional<Set<String>> groups = credentials.apiClient(user, decoded.substring(colon + 1));
                if (groups.isPresent()) {
                    return context.notifyContainerAboutLogin(user, groups.get());
                }
            }
        }
        if (context.isProtected()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"deskline\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
