package org.deskline.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.deskline.platform.DeskException;
import org.deskline.platform.control.SolarHijri;

/** The console's side of the one exception hierarchy: a refused action becomes a message naming field and rule. */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(DeskException e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(Messages.locale(), e), null));
    }

    /**
     * Issue 20: the refusal in the page's language. In English the field, the rule and the exception's own message
     * (the SOAP fault's words). In Persian and Russian the field by its label ({@code field.*}), the rule, and the
     * refusal's bundle key with its arguments; a refusal without a key is said by its {@code ErrorCode}
     * ({@code refusal.VALIDATION}, ...), never in English.
     */
    public static String text(Locale locale, DeskException e) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String said = english ? e.getMessage() : said(locale, e);
        StringBuilder where = new StringBuilder();
        if (e.field() != null) {
            where.append(english ? e.field() : fieldLabel(locale, e.field()));
        }
        if (e.rule() != null) {
            where.append(where.isEmpty() ? "" : " ").append('(')
                    .append(english ? e.rule() : Messages.text(locale, "refusal.rule", e.rule())).append(')');
        }
        return where.isEmpty() ? said : where + ": " + said;
    }

    private static String said(Locale locale, DeskException e) {
        if (e.text() != null) {
            String pattern = Messages.find(locale, e.text().key());
            if (pattern != null) {
                return Messages.format(locale, pattern, arguments(locale, e.text().arguments()));
            }
        }
        return Messages.text(locale, "refusal." + e.code().name());
    }

    /** A field's label: {@code field.targets.NORMAL.resolution}, else {@code field.resolution}, else its name. */
    static String fieldLabel(Locale locale, String field) {
        String label = Messages.find(locale, "field." + field);
        if (label == null && field.contains(".")) {
            label = Messages.find(locale, "field." + field.substring(field.lastIndexOf('.') + 1));
        }
        return label == null ? field : label;
    }

    private static Object[] arguments(Locale locale, List<Object> arguments) {
        boolean persian = "fa".equals(locale.getLanguage());
        return arguments.stream().map(a -> {
            if (a instanceof Enum<?> value) {
                return DisplayFormats.label(value, locale);
            }
            if (a instanceof LocalDate day) {
                return persian ? DisplayFormats.persianDay(day) : day.toString();
            }
            if (a instanceof Long || a instanceof Integer) {
                return persian ? SolarHijri.persianDigits(a.toString()) : a.toString(); // ids and counts: no grouping
            }
            return a;
        }).toArray();
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
