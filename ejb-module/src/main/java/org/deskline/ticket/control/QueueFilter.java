package org.deskline.ticket.control;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.deskline.platform.DeskException;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketStatus;

/**
 * What the console's ticket queue shows: statuses, priority, organization, assignee ({@code me}, {@code none} or a
 * user), words of the title, emergencies only, tickets whose next SLA deadline falls within some minutes, tickets
 * waiting for the customer for more than some hours. Saved filters store {@link #text()}.
 */
public record QueueFilter(Set<TicketStatus> statuses, Priority priority, Long organizationId, String assignee,
                          String words, boolean emergencyOnly, Integer dueWithinMinutes, Integer waitingOverHours)
        implements Serializable {

    public static final String ME = "me";
    public static final String NOBODY = "none";
    public static final Set<TicketStatus> ACTIVE = EnumSet.complementOf(EnumSet.of(TicketStatus.CLOSED));

    /** Built in: my active tickets. */
    public static final QueueFilter MINE = new QueueFilter(ACTIVE, null, null, ME, null, false, null, null);
    /** Built in: an SLA deadline within the hour (or past). */
    public static final QueueFilter BREACHING_1H = new QueueFilter(ACTIVE, null, null, null, null, false, 60, null);
    /** Built in: waiting for the customer for more than a day. */
    public static final QueueFilter WAITING_24H = new QueueFilter(EnumSet.of(TicketStatus.WAITING_FOR_CUSTOMER), null,
            null, null, null, false, null, 24);
    /** The built-in filters by their key (the console labels them from its bundles). */
    public static final Map<String, QueueFilter> BUILT_IN = builtIn();

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? ACTIVE : Set.copyOf(statuses);
        assignee = blankToNull(assignee);
        words = blankToNull(words);
        if (words != null && words.length() > TicketRules.SEARCH_WORDS_MAX) {
            throw DeskException.invalid("words", null, "Search for at most " + TicketRules.SEARCH_WORDS_MAX
                    + " characters.");
        }
        if (dueWithinMinutes != null && (dueWithinMinutes < 0 || dueWithinMinutes > 60 * 24 * 31)) {
            throw DeskException.invalid("dueWithinMinutes", "S6", "Between 0 minutes and 31 days.");
        }
        if (waitingOverHours != null && (waitingOverHours < 0 || waitingOverHours > 24 * 365)) {
            throw DeskException.invalid("waitingOverHours", "T6", "Between 0 hours and a year.");
        }
    }

    /** The same filter for one organization's tickets. */
    public QueueFilter ofOrganization(long organization) {
        return new QueueFilter(statuses, priority, organization, assignee, words, emergencyOnly, dueWithinMinutes,
                waitingOverHours);
    }

    /** Every active ticket. */
    public static QueueFilter all() {
        return new QueueFilter(ACTIVE, null, null, null, null, false, null, null);
    }

    public Duration dueWithin() {
        return dueWithinMinutes == null ? null : Duration.ofMinutes(dueWithinMinutes);
    }

    public Duration waitingOver() {
        return waitingOverHours == null ? null : Duration.ofHours(waitingOverHours);
    }

    /** "status=IN_PROGRESS,DEFERRED;priority=HIGH;org=7;assignee=me;q=invoice;emergency;due=60;waiting=24". */
    public String text() {
        StringJoiner out = new StringJoiner(";");
        if (!statuses.equals(ACTIVE)) {
            out.add("status=" + statuses.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (priority != null) {
            out.add("priority=" + priority.name());
        }
        if (organizationId != null) {
            out.add("org=" + organizationId);
        }
        if (assignee != null) {
            out.add("assignee=" + assignee.replace(";", "").replace("=", ""));
        }
        if (words != null) {
            out.add("q=" + words.replace(";", " ").replace("=", " "));
        }
        if (emergencyOnly) {
            out.add("emergency");
        }
        if (dueWithinMinutes != null) {
            out.add("due=" + dueWithinMinutes);
        }
        if (waitingOverHours != null) {
            out.add("waiting=" + waitingOverHours);
        }
        return out.toString();
    }

    /** Reads {@link #text()} back; anything it does not understand is refused, naming the part. */
    public static QueueFilter parse(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : (text == null ? "" : text).split(";")) {
            if (!part.isBlank()) {
                int eq = part.indexOf('=');
                parts.put(eq < 0 ? part.strip() : part.substring(0, eq).strip(), eq < 0 ? "" : part.substring(eq + 1));
            }
        }
        try {
            Set<TicketStatus> statuses = parts.containsKey("status") ? Arrays.stream(parts.remove("status").split(","))
                    .map(String::strip).map(TicketStatus::valueOf).collect(Collectors.toCollection(
                            () -> EnumSet.noneOf(TicketStatus.class))) : ACTIVE;
            Priority priority = parts.containsKey("priority") ? Priority.valueOf(parts.remove("priority")) : null;
            Long org = parts.containsKey("org") ? Long.valueOf(parts.remove("org")) : null;
            String assignee = parts.remove("assignee");
            String words = parts.remove("q");
            boolean emergency = parts.remove("emergency") != null;
            Integer due = parts.containsKey("due") ? Integer.valueOf(parts.remove("due")) : null;
            Integer waiting = parts.containsKey("waiting") ? Integer.valueOf(parts.remove("waiting")) : null;
            if (!parts.isEmpty()) {
                throw DeskException.invalid("filter", null, "Unknown part " + parts.keySet().iterator().next());
            }
            return new QueueFilter(statuses, priority, org, assignee, words, emergency, due, waiting);
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("filter", null, "Not a queue filter: " + text);
        }
    }

    /** The statuses a user can pick. */
    public static List<TicketStatus> statusChoices() {
        return List.of(TicketStatus.values());
    }

    private static Map<String, QueueFilter> builtIn() {
        Map<String, QueueFilter> all = new LinkedHashMap<>();
        all.put("mine", MINE);
        all.put("breaching1h", BREACHING_1H);
        all.put("waiting24h", WAITING_24H);
        return java.util.Collections.unmodifiableMap(all);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
