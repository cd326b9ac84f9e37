package org.deskline.security.boundary.console;

import org.deskline.security.boundary.web.DeskAuthentication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The console's login form and logout. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    org.deskline.security.control.AuditTrail audit;

    private String username;
    private String password;

    public String login() {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return "/console/tickets.xhtml?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (external.getRequestMap().get(DeskAuthentication.RETRY_AFTER) instanceof java.time.Duration wait) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(seconds));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    org.deskline.platform.boundary.Messages.text("login.throttled", seconds), null));
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                org.deskline.platform.boundary.Messages.text("login.refused"), null));
        return null;
    }

    public String logout() {
        if (faces.getExternalContext().getUserPrincipal() != null) {
            audit.record(faces.getExternalContext().getUserPrincipal().getName(), "LOGOUT", null);
        }
        faces.getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
