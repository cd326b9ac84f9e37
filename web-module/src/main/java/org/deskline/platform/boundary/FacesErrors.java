package org.deskline.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.deskline.platform.DeskException;

/** The console's side of the one exception hierarchy: a refused action becomes a message naming field and rule. */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(DeskException e) {
        StringBuilder where = new StringBuilder();
        if (e.field() != null) {
            where.append(e.field());
        }
        if (e.rule() != null) {
            where.append(where.isEmpty() ? "" : " ").append('(').append(e.rule()).append(')');
        }
        String summary = where.isEmpty() ? e.getMessage() : where + ": " + e.getMessage();
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An information message the page shown after a redirect still displays. */
    public static void infoAfterRedirect(String text) {
        info(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
