package org.deskline.ticket.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;

/**
 * T1, T2, T4: what a new ticket must carry. Plain Java, so every rule is unit-tested without a container.
 * Returns the request with defaults applied, or throws a validation error naming the field and the rule.
 */
public final class TicketRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int STEPS_MAX = 4_000;
    public static final int PAGE_URL_MAX = 500;
    public static final int PRODUCT_VERSION_MAX = 100;
    private static final java.util.Set<String> WEB_SCHEMES = java.util.Set.of("http", "https");
    public static final int PROJECT_CODE_MAX = 60;
    public static final int MESSAGE_MAX = 20_000;
    public static final int RATING_COMMENT_MAX = 2_000;
    public static final int REQUEST_ID_MAX = 100;
    /** Characters in a saved queue filter's name, and in the queue's word search. */
    public static final int FILTER_NAME_MAX = 100;
    public static final int SEARCH_WORDS_MAX = 200;

    private TicketRules() {
    }

    public static NewTicket checkNew(NewTicket t) {
        String projectCode = required("projectCode", t.projectCode(), PROJECT_CODE_MAX, "T2");
        String title = specific(required("title", t.title(), TITLE_MAX, "T2"));
        String description = required("description", t.description(), DESCRIPTION_MAX, "T2");
        if (t.category() == null) {
            throw DeskException.invalid("category", "T2", "category is required (one of ACTIVATION, TECHNICAL, FINANCIAL, SALES).");
        }
        TicketKind kind = t.kind() == null ? TicketKind.SUPPORT : t.kind();
        if (!kind.customerMayOpen()) {
            throw DeskException.invalid("kind", "T1",
                    "kind " + kind + " is created by the system; customers open SUPPORT or DEVELOPMENT_REQUEST.");
        }
        Priority priority = t.priority() == null ? Priority.DEFAULT : t.priority();
        if (t.emergencyReason() != null && !t.emergency()) {
            throw DeskException.invalid("emergencyReason", "S3", "emergencyReason says why a ticket is an emergency: "
                    + "send it with emergency true, or leave it out.");
        }
        return new NewTicket(projectCode, kind, title, t.category(), priority, description, t.emergency(),
                checkRequestId(t.requestId()), checkReport(t.report()), t.emergencyReason());
    }

    /**
     * T2, seed 000 ("choose a title that fits the content: general titles such as question, problem or bug make your
     * tickets hard to find later"): a title that is nothing but such a word is refused.
     */
    static String specific(String title) {
        String bare = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s\\d]+", " ").strip()
                .replace('\u064A', '\u06CC').replace('\u0643', '\u06A9'); // Arabic yeh and kaf as Persian ones
        if (GENERIC_TITLES.contains(bare)) {
            throw DeskException.invalid("title", "T2", "The title \"" + title + "\" says too little; name what is "
                    + "wrong and where, e.g. \"Checkout page shows error 500 after paying by card\".")
                    .because("refusal.vagueTitle");
        }
        return title;
    }

    /** Titles that say nothing, in the console's three languages (compared lower-case, without punctuation). */
    static final java.util.Set<String> GENERIC_TITLES = java.util.Set.of(
            "question", "a question", "problem", "a problem", "bug", "a bug", "issue", "error", "help", "help me",
            "request", "support", "ticket", "urgent", "test", "other", "hello", "hi",
            "سوال", "سؤال", "یک سوال", "مشکل", "باگ", "خطا", "ایراد", "کمک", "درخواست", "تیکت", "پشتیبانی", "فوری",
            "سلام", "вопрос", "проблема", "ошибка", "баг", "помощь", "помогите", "запрос", "заявка", "срочно",
            "здравствуйте");

    /** T2: the optional parts of a good report: bounded texts, and the page an absolute http(s) address. */
    static NewTicket.Report checkReport(NewTicket.Report report) {
        if (report == null) {
            return NewTicket.Report.NONE;
        }
        String steps = optional("stepsToReproduce", report.stepsToReproduce(), STEPS_MAX, "T2");
        String page = optional("pageUrl", report.pageUrl(), PAGE_URL_MAX, "T2");
        if (page != null) {
            try {
                URI uri = new URI(page);
                if (!uri.isAbsolute() || uri.getHost() == null
                        || !WEB_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                    throw new URISyntaxException(page, "not an absolute http(s) address");
                }
            } catch (URISyntaxException e) {
                throw DeskException.invalid("pageUrl", "T2", "pageUrl is the page's full http:// or https:// "
                        + "address, e.g. https://shop.example/checkout.");
            }
        }
        String version = optional("productVersion", report.productVersion(), PRODUCT_VERSION_MAX, "T2");
        return new NewTicket.Report(steps, page, version);
    }

    /** A message to the conversation (customer reply, agent reply or internal note). */
    public static String checkMessage(String body) {
        return required("body", body, MESSAGE_MAX, "T5");
    }

    /** T11: a score from 1 to 5 and an optional comment. */
    public static String checkRating(int score, String comment) {
        if (score < 1 || score > 5) {
            throw DeskException.invalid("score", "T11", "score must be from 1 to 5; it was " + score + ".");
        }
        return optional("comment", comment, RATING_COMMENT_MAX, "T11");
    }

    /** An optional text: blank means none; too long is refused. */
    public static String optional(String field, String value, int max, String rule) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw DeskException.invalid(field, rule, field + " is at most " + max + " characters.")
                    .because("refusal.atMost", max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** T8: a closed ticket can be reopened until the window after its closing ends. */
    public static void checkReopen(Ticket ticket, Instant now, TicketPolicy policy) {
        Instant until = ticket.getClosedAt() == null ? null : ticket.getClosedAt().plus(policy.reopenWindow());
        if (until != null && now.isAfter(until)) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "status", "T8", "Ticket " + ticket.getId()
                    + " closed at " + ticket.getClosedAt() + " and could be reopened until " + until
                    + "; please open a new ticket.");
        }
    }

    /** Characters in the reason staff give for flagging or clearing an emergency (S3). */
    public static final int REASON_LENGTH = 500;

    /** S3: flagging or clearing an emergency says why (1-500 characters); returns it stripped. */
    public static String checkEmergencyReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > REASON_LENGTH) {
            throw DeskException.invalid("reason", "S3", "Say why the ticket is (or is not) an emergency, in 1-"
                    + REASON_LENGTH + " characters.").because("refusal.emergencyWhy", REASON_LENGTH);
        }
        return r;
    }

    /** T13: an optional client request id, so a retried create returns the first ticket. */
    public static String checkRequestId(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return null;
        }
        return required("requestId", requestId, REQUEST_ID_MAX, "T13");
    }

    private static String required(String field, String value, int max, String rule) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw DeskException.invalid(field, rule, field + " is required.").because("refusal.required");
        }
        if (trimmed.length() > max) {
            throw DeskException.invalid(field, rule,
                    field + " is " + trimmed.length() + " characters long; at most " + max + " are allowed.")
                    .because("refusal.tooLong", trimmed.length(), max);
        }
        return trimmed;
    }
}
