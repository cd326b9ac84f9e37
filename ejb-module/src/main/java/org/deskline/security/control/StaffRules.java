package org.deskline.security.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.Tier;

/**
 * Who may do what in the console, and what a staff account must look like. Plain Java, so every rule is
 * unit-tested without a container.
 *
 * <ul>
 *   <li>Administrators do everything, including users, partners and API clients, and alone see secrets.</li>
 *   <li>Managers work every ticket, assign them, and run billing, plans, calendars and maintenance.</li>
 *   <li>Agents belong to a support tier (S5) and work the tickets at their tier or below; quality control's
 *   tickets are not theirs.</li>
 *   <li>Quality control works the tickets escalated to it (S5) or sent to it by a low rating (T13); it reads
 *   everything else and the audit trail.</li>
 * </ul>
 */
public final class StaffRules {

    /** The console's languages; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "fa", "ru");
    /** The longest IANA zone id kept (the column is as wide). */
    public static final int ZONE_MAX = 64;
    /** Characters in a staff member's display name. */
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int PASSWORD_MIN = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,49}");

    private StaffRules() {
    }

    /** The tier of a ticket no one escalated yet. */
    public static Tier tierOf(Tier current) {
        return current == null ? Tier.L1 : current;
    }

    /** Whether this staff member may change this ticket (reply, defer, escalate, resolve, log time ...). */
    public static boolean mayWork(StaffRole role, Tier staffTier, Tier ticketTier, boolean qualityReview) {
        Tier at = tierOf(ticketTier);
        return switch (role) {
            case ADMIN, MANAGER -> true;
            case AGENT -> staffTier != null && at != Tier.QUALITY_CONTROL && !at.above(staffTier);
            case QUALITY_CONTROL -> at == Tier.QUALITY_CONTROL || qualityReview;
        };
    }

    /** Refuses, naming the rule, when {@link #mayWork} says no. */
    public static void checkWork(StaffRole role, Tier staffTier, Tier ticketTier, boolean qualityReview,
                                 long ticketId) {
        if (!mayWork(role, staffTier, ticketTier, qualityReview)) {
            throw new DeskException(ErrorCode.FORBIDDEN, "ticket", "S5", "Ticket " + ticketId + " is at tier "
                    + tierOf(ticketTier) + (role == StaffRole.AGENT ? "; you work tier " + staffTier : "")
                    + ": it is not yours to change. Escalate it or ask a manager.")
                    .because("refusal.notYourTier", tierOf(ticketTier));
        }
    }

    /** Only managers and administrators give tickets to someone else. */
    public static void checkAssign(StaffRole role) {
        if (role != StaffRole.ADMIN && role != StaffRole.MANAGER) {
            throw new DeskException(ErrorCode.FORBIDDEN, "assignee", null,
                    "Only managers give tickets to someone else; take it yourself instead.")
                    .because("refusal.onlyManagersAssign");
        }
    }

    /** An agent needs a working tier (L1-L3); no other role has one. Returns the tier to store. */
    public static Tier checkTier(StaffRole role, Tier tier) {
        if (role == null) {
            throw DeskException.invalid("role", null, "Choose a role: admin, manager, agent or quality control.");
        }
        if (role == StaffRole.AGENT) {
            if (tier == null || tier == Tier.QUALITY_CONTROL) {
                throw DeskException.invalid("tier", "S5", "An agent works in tier L1, L2 or L3: choose one.");
            }
            return tier;
        }
        return null;
    }

    public static String checkUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw DeskException.invalid("username", null,
                    "2-50 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter.");
        }
        return name;
    }

    public static String checkPassword(String password, String username) {
        if (password == null || password.length() < PASSWORD_MIN) {
            throw DeskException.invalid("password", null, "At least " + PASSWORD_MIN + " characters.");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw DeskException.invalid("password", null, "The password must not contain the user name.");
        }
        return password;
    }

    /** One of {@link #LANGUAGES}, or null for "the browser's". */
    public static String checkLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        if (!LANGUAGES.contains(language)) {
            throw DeskException.invalid("locale", null, "The console speaks " + String.join(", ", LANGUAGES) + ".");
        }
        return language;
    }

    /** Issue 20: a staff user's time zone is an IANA region id (Asia/Tehran, Europe/Moscow); blank: the default. */
    public static String checkZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        String id = zone.strip();
        if (id.length() > ZONE_MAX || !java.time.ZoneId.getAvailableZoneIds().contains(id)) {
            throw DeskException.invalid("zone", null, "A time zone is a region such as Asia/Tehran or Europe/Moscow; "
                    + "\"" + (id.length() > ZONE_MAX ? id.substring(0, ZONE_MAX) + "..." : id) + "\" is not one.")
                    .because("refusal.zone");
        }
        return id;
    }

    public static String checkDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > DISPLAY_NAME_MAX) {
            throw DeskException.invalid("displayName", null, "A name of 1-" + DISPLAY_NAME_MAX
                    + " characters, as colleagues know you.");
        }
        return name;
    }

    /** The last active administrator can neither lose the role nor be turned off: someone must manage users. */
    public static void checkKeepsAnAdmin(boolean wasActiveAdmin, boolean staysActiveAdmin, long activeAdmins) {
        if (wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1) {
            throw DeskException.invalid("role", null,
                    "This is the last active administrator; make someone else administrator first.");
        }
    }
}
