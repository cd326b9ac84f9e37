package org.deskline.platform.boundary;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's texts from the resource bundles (the pages use {@code #{msg['key']}}; Java code uses this). */
public final class Messages {

    public static final String BUNDLE = "org.deskline.console.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = find(locale, key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text, or null when the bundle has no such key. */
    public static String find(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
