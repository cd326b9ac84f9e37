package org.deskline.testsupport;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;

/**
 * Signs the in-server test's own request in as a staff member, through the console's real mechanism
 * (DeskAuthentication, the stored account and its password), so the EJBs see that caller principal and check its
 * roles exactly as they do for a console page. Nothing here bypasses a check: a wrong password fails the test.
 */
public final class SignedIn {

    /** The first administrator the in-server runs bootstrap (DESK_ADMIN_USER / DESK_ADMIN_PASSWORD in the pom). */
    public static final String ADMIN = "inserver-admin";
    public static final String ADMIN_PASSWORD = "in-server admin passphrase";
    /** The password the tests give the staff users they create. */
    public static final String STAFF_PASSWORD = "staff passphrase of the tests";

    private SignedIn() {
    }

    /** Ends whatever identity the request had and signs in as {@code user}; fails unless the mechanism accepts. */
    public static void as(HttpServletRequest request, SecurityContext security, String user, String password) {
        anonymous(request);
        AuthenticationStatus status = security.authenticate(request, noResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(user,
                        new Password(password))));
        if (status != AuthenticationStatus.SUCCESS || request.getUserPrincipal() == null
                || !user.equals(request.getUserPrincipal().getName())) {
            throw new AssertionError("signing in as " + user + " gave " + status);
        }
    }

    /** Back to an anonymous caller. */
    public static void anonymous(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new AssertionError("could not sign out", e);
        }
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
    }

    /**
     * The test runs inside Arquillian's servlet request, whose response is not reachable from the test; the
     * mechanism writes nothing on a console sign-in, so a response that is never committed is all it needs.
     */
    private static HttpServletResponse noResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(SignedIn.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class) {
                        return 200;
                    }
                    if (method.getName().equals("toString")) {
                        return "no response";
                    }
                    return null;
                });
    }
}
