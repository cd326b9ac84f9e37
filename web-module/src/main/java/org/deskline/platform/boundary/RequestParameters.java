package org.deskline.platform.boundary;

import jakarta.faces.context.FacesContext;

/** The console pages' URL parameters, read by view-scoped beans when the view is built. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** {@code ?name=42} as 42; null when absent or not a number (the page then says which ticket it needs). */
    public static Long number(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
