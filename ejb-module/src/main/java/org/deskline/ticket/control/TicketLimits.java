package org.deskline.ticket.control;

import java.util.List;
import java.util.stream.Collectors;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketKind;

/**
 * T9 and T10, checked against the project's active tickets before a new one is opened: at most N active
 * support tickets and M active development requests (emergencies are never refused by a limit), and no second
 * active ticket with the same title.
 */
public final class TicketLimits {

    private TicketLimits() {
    }

    /**
     * @param activeOfProject the project's active tickets with the same title, and those of the same kind up to
     *                        the limit (all of them would do; these suffice)
     */
    public static void check(NewTicket request, List<Ticket> activeOfProject, TicketPolicy policy) {
        check(request, activeOfProject, policy, null);
    }

    /**
     * @param activeOfProject the project's active tickets with the same title, and those of the same kind up to
     *                        the limit (all of them would do; these suffice)
     * @param plan            the name of the organization's plan, which the T9 refusal names (null: "its plan")
     */
    public static void check(NewTicket request, List<Ticket> activeOfProject, TicketPolicy policy, String plan) {
        String title = Ticket.titleKey(request.title());
        activeOfProject.stream().filter(t -> Ticket.titleKey(t.getTitle()).equals(title)).findFirst().ifPresent(t -> {
            throw new DeskException(ErrorCode.DUPLICATE, "title", "T10", "Ticket " + t.getId()
                    + " of this project is still active with the same title; add to it instead.", List.of(t.getId()))
                    .because("refusal.duplicateTitle", t.getId());
        });
        TicketKind kind = request.kind();
        if (request.emergency() || !kind.customerMayOpen()) {
            return; // T9 limits what customers open; the system's own tickets (checkups, maintenance) are never refused
        }
        int limit = policy.limitFor(kind);
        List<Ticket> sameKind = activeOfProject.stream().filter(t -> t.getKind() == kind).toList();
        if (sameKind.size() >= limit) {
            throw new DeskException(ErrorCode.LIMIT_EXCEEDED, "kind", "T9", "The project has " + sameKind.size()
                    + " active " + describe(kind) + " and its plan" + (plan == null ? "" : " " + plan) + " allows "
                    + limit + ": "
                    + sameKind.stream().map(t -> t.getId() + " \"" + t.getTitle() + "\"")
                            .collect(Collectors.joining(", "))
                    + ". Wait for one to close, or flag a real emergency.",
                    sameKind.stream().map(Ticket::getId).toList())
                    .because("refusal.tooManyActive", sameKind.size(), limit);
        }
    }

    /**
     * Emergencies pass the T9 limits, so a customer system flagging everything as an emergency would jump every
     * queue: at most {@link TicketPolicy#maxEmergenciesPerDay()} per project in 24 hours (issue 16).
     *
     * @param recent the ids of the project's emergencies opened by customers in the last 24 hours
     */
    public static void checkEmergencies(List<Long> recent, TicketPolicy policy) {
        int limit = policy.maxEmergenciesPerDay();
        if (limit > 0 && recent.size() >= limit) {
            throw new DeskException(ErrorCode.LIMIT_EXCEEDED, "emergency", "T9", "The project flagged "
                    + recent.size() + " emergencies in the last 24 hours and at most " + limit
                    + " are accepted; the support team has been alerted. Open the ticket without the emergency flag "
                    + "(its priority still sets its targets) or call the emergency line.", recent);
        }
    }

    private static String describe(TicketKind kind) {
        return kind == TicketKind.DEVELOPMENT_REQUEST ? "development requests" : "support tickets";
    }
}
