package org.deskline.ticket.control;

import java.util.List;
import java.util.Map;
import org.deskline.platform.DeskException;

/**
 * Issue 20: what a canned reply may hold, and how one becomes a reply. A title of 1-{@value #TITLE_MAX} characters,
 * a body of 1-{@value #BODY_MAX}, a language of {@link #LANGUAGES} or none (any). Placeholders in the body are filled
 * when it is put into a ticket's reply box: {@code {ticket}} the ticket's number, {@code {agent}} the agent's name,
 * {@code {project}} the project's code; any other text in braces stays as written.
 */
public final class CannedReplyRules {

    public static final int TITLE_MAX = 100;
    public static final int BODY_MAX = 5000;
    public static final List<String> LANGUAGES = List.of("en", "fa", "ru");
    /** The placeholders a body may use, in the order the editor lists them. */
    public static final List<String> PLACEHOLDERS = List.of("{ticket}", "{agent}", "{project}");

    private CannedReplyRules() {
    }

    public static String title(String title) {
        return text(title, "title", TITLE_MAX);
    }

    public static String body(String body) {
        return text(body, "body", BODY_MAX);
    }

    /** A language of {@link #LANGUAGES}, or null for a reply in any language (blank). */
    public static String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw DeskException.invalid("language", null, "A language is one of " + LANGUAGES + ", or none.")
                    .because("refusal.oneOf", String.join(", ", LANGUAGES));
        }
        return l;
    }

    /** The body with its placeholders filled ({@code values}: placeholder to text). */
    public static String fill(String body, Map<String, String> values) {
        String filled = body;
        for (String placeholder : PLACEHOLDERS) {
            String value = values.get(placeholder);
            if (value != null) {
                filled = filled.replace(placeholder, value);
            }
        }
        return filled;
    }

    private static String text(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw DeskException.invalid(field, null, "The " + field + " is required.").because("refusal.required");
        }
        if (v.length() > max) {
            throw DeskException.invalid(field, null, "The " + field + " has at most " + max + " characters.")
                    .because("refusal.tooLong", v.length(), max);
        }
        return v;
    }
}
