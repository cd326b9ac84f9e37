package org.deskline.platform.boundary;

import jakarta.faces.context.FacesContext;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts from the resource bundles (the pages use {@code #{msg['key']}}; Java code uses this). Texts with
 * arguments are ICU4J message patterns, so a count can choose its word by the language's plural rules (issue 20:
 * {@code {0,plural,one{# просмотр} few{# просмотра} other{# просмотров}}}) and numbers take the page's digits.
 */
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
        return arguments.length == 0 ? pattern : format(locale, pattern, arguments);
    }

    /** A bundle text with its arguments, as an ICU4J message pattern in {@code locale}. */
    static String format(Locale locale, String pattern, Object... arguments) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
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
