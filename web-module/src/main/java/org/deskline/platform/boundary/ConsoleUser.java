package org.deskline.platform.boundary;

import jakarta.faces.context.FacesContext;

/** Who is working in the console, for the audit trails (history, disputes, payments, time entries). */
public final class ConsoleUser {

    private ConsoleUser() {
    }

    /** The logged-in staff member's name; "console" when there is none (never on the secured pages). */
    public static String name() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "console" : principal.getName();
    }
}
