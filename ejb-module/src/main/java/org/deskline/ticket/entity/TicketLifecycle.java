package org.deskline.ticket.entity;

import static org.deskline.ticket.entity.TicketStatus.CLOSED;
import static org.deskline.ticket.entity.TicketStatus.DEFERRED;
import static org.deskline.ticket.entity.TicketStatus.IN_PROGRESS;
import static org.deskline.ticket.entity.TicketStatus.WAITING_FOR_CUSTOMER;
import static org.deskline.ticket.entity.TicketStatus.WAITING_FOR_REPLY;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/**
 * T5-T8, T12: the ticket state machine. A table of (status, action) → next status; anything not in the table
 * is refused with an error naming the current status and the actions that are allowed in it.
 */
public final class TicketLifecycle {

    private static final Set<TicketStatus> OPEN = EnumSet.of(WAITING_FOR_REPLY, IN_PROGRESS, WAITING_FOR_CUSTOMER);
    private static final Map<TicketStatus, Map<TicketAction, TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        for (TicketStatus s : TicketStatus.values()) {
            NEXT.put(s, new EnumMap<>(TicketAction.class));
        }
        for (TicketStatus s : OPEN) {
            allow(s, TicketAction.TAKE, IN_PROGRESS);
            allow(s, TicketAction.ASSIGN, s);
            allow(s, TicketAction.AGENT_REPLY, WAITING_FOR_CUSTOMER);
            allow(s, TicketAction.CUSTOMER_REPLY, WAITING_FOR_REPLY);
            allow(s, TicketAction.DEFER, DEFERRED);
            allow(s, TicketAction.RESOLVE, CLOSED);
            allow(s, TicketAction.REJECT, CLOSED);
            if (s != WAITING_FOR_CUSTOMER) {
                allow(s, TicketAction.WITHDRAW, CLOSED); // T7: before support's answer a customer close withdraws
            }
        }
        allow(WAITING_FOR_CUSTOMER, TicketAction.AUTO_CLOSE, CLOSED);
        allow(WAITING_FOR_CUSTOMER, TicketAction.CLOSE, CLOSED);
        allow(DEFERRED, TicketAction.ASSIGN, DEFERRED);
        allow(DEFERRED, TicketAction.RESUME, IN_PROGRESS);
        // the information a deferral waited for may come from the customer: support must look again
        allow(DEFERRED, TicketAction.CUSTOMER_REPLY, WAITING_FOR_REPLY);
        allow(DEFERRED, TicketAction.RESOLVE, CLOSED);
        allow(DEFERRED, TicketAction.REJECT, CLOSED);
        allow(DEFERRED, TicketAction.WITHDRAW, CLOSED);
        allow(CLOSED, TicketAction.REOPEN, WAITING_FOR_REPLY);
        for (TicketStatus s : TicketStatus.values()) {
            allow(s, TicketAction.INTERNAL_NOTE, s);
        }
    }

    private TicketLifecycle() {
    }

    private static void allow(TicketStatus from, TicketAction action, TicketStatus to) {
        NEXT.get(from).put(action, to);
    }

    /** The status after {@code action}, or an ILLEGAL_TRANSITION error naming what is allowed instead. */
    public static TicketStatus next(TicketStatus from, TicketAction action) {
        TicketStatus to = NEXT.get(from).get(action);
        if (to == null) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "status", "T5",
                    "A ticket in status " + from + " cannot be " + describe(action) + "; allowed: "
                            + allowed(from).stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".")
                    .because("refusal.notInStatus", from);
        }
        return to;
    }

    public static Set<TicketAction> allowed(TicketStatus from) {
        Set<TicketAction> actions = EnumSet.noneOf(TicketAction.class);
        actions.addAll(NEXT.get(from).keySet());
        return actions;
    }

    /** The resolution a closing action records; empty for actions that do not close. */
    public static Optional<Resolution> resolution(TicketAction action) {
        return Optional.ofNullable(switch (action) {
            case RESOLVE, CLOSE -> Resolution.RESOLVED;
            case REJECT -> Resolution.REJECTED;
            case WITHDRAW -> Resolution.WITHDRAWN;
            case AUTO_CLOSE -> Resolution.AUTO_CLOSED;
            default -> null;
        });
    }

    public static boolean isOpen(TicketStatus status) {
        return status != CLOSED;
    }

    private static String describe(TicketAction action) {
        return Arrays.stream(action.name().toLowerCase(java.util.Locale.ROOT).split("_"))
                .collect(Collectors.joining(" ")) + " (" + action + ")";
    }
}
