package org.deskline.sla.control;

import org.deskline.sla.entity.SlaPlan;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deskline.platform.DeskException;
import org.deskline.ticket.entity.TicketNumbers;
import org.deskline.sla.entity.PlanTarget;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.sla.entity.TierRouting;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.Priority;

/**
 * S1: a support plan as an editor submits it: coverage and its calendar, what happens to a priority the plan
 * does not offer, response and resolution targets per offered priority, the next-response target and the
 * reaction target of each tier and where tickets start (S5). {@link #check()} names the first field that breaks a rule.
 */
public record PlanDraft(String code, String name, SlaPlan.Coverage coverage, SlaPlan.UnofferedPriority unoffered,
                        Duration nextResponse, String calendarCode, List<PlanTarget> targets,
                        Map<Tier, Duration> tierReactions, TicketNumbers ticketNumbers, Emergency emergency,
                        TierRouting routing, Duration proposal) {

    /** S3: an emergency's first response and resolution targets (around the clock, whatever the priority). */
    public record Emergency(Duration response, Duration resolution) {
        public static final Emergency DEFAULT = new Emergency(SupportPlan.DEFAULT_EMERGENCY_RESPONSE,
                SupportPlan.DEFAULT_EMERGENCY_RESOLUTION);
    }

    public PlanDraft {
        targets = targets == null ? List.of() : List.copyOf(targets);
        tierReactions = tierReactions == null ? Map.of() : Map.copyOf(tierReactions);
        ticketNumbers = ticketNumbers == null ? TicketNumbers.DEFAULTS : ticketNumbers;
        emergency = emergency == null ? Emergency.DEFAULT : emergency;
        routing = routing == null ? TierRouting.DEFAULT : routing;
        proposal = proposal == null ? SupportPlan.DEFAULT_PROPOSAL : proposal;
    }

    /** A plan with the default proposal target (T1). */
    public PlanDraft(String code, String name, SlaPlan.Coverage coverage, SlaPlan.UnofferedPriority unoffered,
                     Duration nextResponse, String calendarCode, List<PlanTarget> targets,
                     Map<Tier, Duration> tierReactions, TicketNumbers ticketNumbers, Emergency emergency,
                     TierRouting routing) {
        this(code, name, coverage, unoffered, nextResponse, calendarCode, targets, tierReactions, ticketNumbers,
                emergency, routing, null);
    }

    /** A plan with the default routing (S5: no automatic escalation). */
    public PlanDraft(String code, String name, SlaPlan.Coverage coverage, SlaPlan.UnofferedPriority unoffered,
                     Duration nextResponse, String calendarCode, List<PlanTarget> targets,
                     Map<Tier, Duration> tierReactions, TicketNumbers ticketNumbers, Emergency emergency) {
        this(code, name, coverage, unoffered, nextResponse, calendarCode, targets, tierReactions, ticketNumbers,
                emergency, null, null);
    }

    /** A plan with the default emergency targets. */
    public PlanDraft(String code, String name, SlaPlan.Coverage coverage, SlaPlan.UnofferedPriority unoffered,
                     Duration nextResponse, String calendarCode, List<PlanTarget> targets,
                     Map<Tier, Duration> tierReactions, TicketNumbers ticketNumbers) {
        this(code, name, coverage, unoffered, nextResponse, calendarCode, targets, tierReactions, ticketNumbers,
                null, null);
    }

    /** A plan that keeps the configured ticket numbers (T6, T8, T9). */
    public PlanDraft(String code, String name, SlaPlan.Coverage coverage, SlaPlan.UnofferedPriority unoffered,
                     Duration nextResponse, String calendarCode, List<PlanTarget> targets,
                     Map<Tier, Duration> tierReactions) {
        this(code, name, coverage, unoffered, nextResponse, calendarCode, targets, tierReactions, null, null, null);
    }

    public PlanDraft check() {
        if (code == null || !CalendarDraft.CODE.matcher(code).matches()) {
            throw DeskException.invalid("code", "S1", "A plan code is 2-40 capital letters, digits or _, starting "
                    + "with a letter.");
        }
        if (name == null || name.isBlank() || name.length() > SlaRules.NAME_LENGTH) {
            throw DeskException.invalid("name", "S1", "A plan needs a name of at most " + SlaRules.NAME_LENGTH
                    + " characters.");
        }
        if (coverage == null) {
            throw DeskException.invalid("coverage", "S1", "Choose the coverage: ALL_DAY (24/7) or BUSINESS_HOURS.");
        }
        if (unoffered == null) {
            throw DeskException.invalid("unoffered", "S1", "Choose what happens to a priority the plan does not "
                    + "offer: REFUSE or DOWNGRADE.");
        }
        if (coverage == SlaPlan.Coverage.BUSINESS_HOURS && (calendarCode == null || calendarCode.isBlank())) {
            throw DeskException.invalid("calendar", "S2", "A business-hours plan needs a business calendar.");
        }
        positive(nextResponse, "nextResponse", "S4", "The next-response target");
        if (targets.isEmpty()) {
            throw DeskException.invalid("targets", "S1", "A plan must offer at least one priority.");
        }
        Set<Priority> seen = EnumSet.noneOf(Priority.class);
        for (PlanTarget t : targets) {
            if (t.getPriority() == null || !seen.add(t.getPriority())) {
                throw DeskException.invalid("targets", "S1", "Each priority has one target: " + t.getPriority()
                        + " is named twice.");
            }
            String field = "targets." + t.getPriority();
            positive(t.response(), field + ".response", "S1", "The response target of " + t.getPriority());
            if (t.resolution().compareTo(t.response()) < 0) {
                throw DeskException.invalid(field + ".resolution", "S1", "The resolution target of "
                        + t.getPriority() + " (" + t.resolution() + ") is shorter than its response target ("
                        + t.response() + ").");
            }
        }
        tierReactions.forEach((tier, reaction) -> positive(reaction, "tierReactions." + tier, "S5",
                "The reaction target of " + tier));
        ticketNumbers.check();
        positive(emergency.response(), "emergency.response", "S3", "The emergency response target");
        if (emergency.resolution() == null || emergency.resolution().compareTo(emergency.response()) < 0) {
            throw DeskException.invalid("emergency.resolution", "S3", "The emergency resolution target is at least "
                    + "its response target (" + emergency.response() + ").");
        }
        routing.check();
        positive(proposal, "proposal", "T1", "The proposal target of a development request");
        return this;
    }

    private static void positive(Duration d, String field, String rule, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw DeskException.invalid(field, rule, what + " must be longer than zero.");
        }
    }
}
