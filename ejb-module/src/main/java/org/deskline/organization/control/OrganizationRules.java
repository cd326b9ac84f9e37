package org.deskline.organization.control;

import java.util.regex.Pattern;
import org.deskline.platform.DeskException;

/** The shapes and limits of what administrators type about customers, named once. */
public final class OrganizationRules {

    /** Characters in an organization's, a project's or a contact's name. */
    public static final int NAME_LENGTH = 200;
    /** Characters in a project secret's label, and in its value. */
    public static final int SECRET_LABEL_LENGTH = 100;
    public static final int SECRET_VALUE_LENGTH = 4000;
    /** UTF-8 bytes in a secret's value: what its sealed form (8,000 characters stored) has room for. */
    public static final int SECRET_VALUE_BYTES = 5000;
    /** Access details a project keeps at most (distinct labels). */
    public static final int SECRETS_PER_PROJECT = 50;
    /** Characters in an e-mail address (RFC 5321's path limit). */
    public static final int EMAIL_LENGTH = 254;

    /** A project code: 2-60 capital letters, digits, '-' or '_' (e.g. NW-PORTAL). */
    public static final Pattern PROJECT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,59}");
    /** An API client's username: 3-100 lower-case letters, digits, '.', '_' or '-'. */
    public static final Pattern CLIENT_NAME = Pattern.compile("[a-z][a-z0-9._-]{2,99}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private OrganizationRules() {
    }

    /** The text stripped; refused ({@code VALIDATION} on {@code field}) when empty or longer than {@code max}. */
    public static String text(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw DeskException.invalid(field, null, "1-" + max + " characters.");
        }
        return v;
    }
}
