package org.deskline.sla.boundary.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deskline.platform.boundary.DurationText;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.sla.boundary.SlaAdmin;
import org.deskline.sla.control.PlanDraft;
import org.deskline.ticket.entity.TicketNumbers;
import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.PlanTarget;
import org.deskline.sla.entity.SlaCalendar;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.sla.entity.TierRouting;

/**
 * S1/S5: the plan editor: coverage and calendar, what happens to an unoffered priority, response and resolution
 * targets per priority, next response, tier reactions and where tickets start (S5). Saving recomputes the running clocks of every organization
 * on the plan (SlaAdmin); a plan changed meanwhile by someone else is refused with a message, not overwritten.
 */
@Named
@ViewScoped
public class PlanEditor extends CodedEditor<SupportPlan> {

    /** One priority's row of the targets table. */
    public static class TargetRow implements Serializable {
        private final Priority priority;
        private boolean offered;
        private String response = "";
        private String resolution = "";

        TargetRow(Priority priority) {
            this.priority = priority;
        }

        public Priority getPriority() {
            return priority;
        }

        public boolean isOffered() {
            return offered;
        }

        public void setOffered(boolean offered) {
            this.offered = offered;
        }

        public String getResponse() {
            return response;
        }

        public void setResponse(String response) {
            this.response = response;
        }

        public String getResolution() {
            return resolution;
        }

        public void setResolution(String resolution) {
            this.resolution = resolution;
        }
    }

    /** S5: the tier a category's support tickets start at. */
    public static class RouteRow implements Serializable {
        private final Category category;
        private Tier tier;

        RouteRow(Category category, Tier tier) {
            this.category = category;
            this.tier = tier;
        }

        public Category getCategory() {
            return category;
        }

        public Tier getTier() {
            return tier;
        }

        public void setTier(Tier tier) {
            this.tier = tier;
        }
    }

    @Inject
    SlaAdmin admin;

    private SlaPlan.Coverage coverage = SlaPlan.Coverage.BUSINESS_HOURS;
    private String calendarCode = SlaCalendar.DEFAULT_CODE;
    private SlaPlan.UnofferedPriority unoffered = SlaPlan.UnofferedPriority.DOWNGRADE;
    private String nextResponse = "1h";
    private final List<TargetRow> targets = new ArrayList<>();
    private final List<TextRow<Tier>> reactions = new ArrayList<>();
    private String emergencyResponse = DurationText.format(SupportPlan.DEFAULT_EMERGENCY_RESPONSE);
    private String emergencyResolution = DurationText.format(SupportPlan.DEFAULT_EMERGENCY_RESOLUTION);
    private String proposal = DurationText.format(SupportPlan.DEFAULT_PROPOSAL);
    private Integer autoCloseHours;
    private Integer reopenDays;
    private Integer maxActiveSupport;
    private Integer maxActiveDevelopment;
    private final List<RouteRow> routes = new ArrayList<>();
    private boolean autoEscalate;
    private Tier developmentTier = Tier.L2;

    @Override
    protected Catalog<String, SupportPlan> catalog() {
        return new Catalog<>(admin::plans, admin::plan, SupportPlan::getCode);
    }

    @Override
    protected void show(SupportPlan plan) {
        targets.clear();
        reactions.clear();
        for (Priority p : Priority.values()) {
            TargetRow row = new TargetRow(p);
            if (plan != null) {
                plan.target(p).ifPresent(t -> {
                    row.offered = true;
                    row.response = DurationText.format(t.response());
                    row.resolution = DurationText.format(t.resolution());
                });
            }
            targets.add(row);
        }
        emergencyResponse = DurationText.format(plan == null ? SupportPlan.DEFAULT_EMERGENCY_RESPONSE
                : plan.emergencyResponse());
        emergencyResolution = DurationText.format(plan == null ? SupportPlan.DEFAULT_EMERGENCY_RESOLUTION
                : plan.emergencyResolution());
        proposal = DurationText.format(plan == null ? SupportPlan.DEFAULT_PROPOSAL : plan.proposalTarget());
        TicketNumbers numbers = plan == null ? TicketNumbers.DEFAULTS : plan.ticketNumbers();
        autoCloseHours = numbers.autoCloseHours();
        reopenDays = numbers.reopenDays();
        maxActiveSupport = numbers.maxActiveSupport();
        maxActiveDevelopment = numbers.maxActiveDevelopment();
        TierRouting routing = plan == null ? TierRouting.DEFAULT : plan.routing();
        autoEscalate = routing.autoEscalate();
        developmentTier = routing.development();
        routes.clear();
        for (Category category : Category.values()) {
            routes.add(new RouteRow(category, routing.startTier(TicketKind.SUPPORT, category)));
        }
        if (plan == null) {
            showCoded(null, null, null);
            for (Tier tier : Tier.values()) {
                reactions.add(new TextRow<>(tier, tier == Tier.L1 ? "2h" : "4h"));
            }
            return;
        }
        showCoded(plan.getCode(), plan.getName(), plan.getVersion());
        coverage = plan.getCoverage();
        calendarCode = plan.getCalendarCode();
        unoffered = plan.getUnoffered();
        nextResponse = DurationText.format(plan.nextResponse());
        plan.tierReactions().forEach((tier, d) -> reactions.add(new TextRow<>(tier, DurationText.format(d))));
    }

    public String save() {
        List<PlanTarget> offered = new ArrayList<>();
        for (TargetRow row : targets) {
            if (row.offered) {
                String field = "targets." + row.priority;
                offered.add(new PlanTarget(row.priority, DurationText.parse(row.response, field + ".response", "S1"),
                        DurationText.parse(row.resolution, field + ".resolution", "S1")));
            }
        }
        Map<Tier, Duration> tierReactions = new EnumMap<>(Tier.class);
        for (TextRow<Tier> row : reactions) {
            tierReactions.put(row.getKey(), DurationText.parse(row.getText(), "tierReactions." + row.getKey(), "S5"));
        }
        SupportPlan saved = admin.savePlan(new PlanDraft(typedCode(), getName(), coverage,
                unoffered, DurationText.parse(nextResponse, "nextResponse", "S4"), calendarCode, offered,
                tierReactions, new TicketNumbers(autoCloseHours, reopenDays, maxActiveSupport, maxActiveDevelopment),
                new PlanDraft.Emergency(DurationText.parse(emergencyResponse, "emergency.response", "S3"),
                        DurationText.parse(emergencyResolution, "emergency.resolution", "S3")),
                routing(), DurationText.parse(proposal, "proposal", "T1")),
                versionRead());
        FacesErrors.infoAfterRedirect(Messages.text("done.planSaved", saved.getCode()));
        return "/console/plans?faces-redirect=true&code=" + saved.getCode();
    }

    private TierRouting routing() {
        Map<Category, Tier> starts = new EnumMap<>(Category.class);
        routes.forEach(row -> starts.put(row.category, row.tier));
        return new TierRouting(autoEscalate, starts, developmentTier);
    }

    /** The tiers a ticket may start at (S5: quality control only reviews). */
    public List<Tier> getStartTiers() {
        return List.of(Tier.L1, Tier.L2, Tier.L3);
    }

    public List<RouteRow> getRoutes() {
        return routes;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public boolean isAutoEscalate() {
        return autoEscalate;
    }

    public void setAutoEscalate(boolean autoEscalate) {
        this.autoEscalate = autoEscalate;
    }

    public Tier getDevelopmentTier() {
        return developmentTier;
    }

    public void setDevelopmentTier(Tier developmentTier) {
        this.developmentTier = developmentTier;
    }

    private transient List<SlaCalendar> calendarChoices = List.of();

    @Override
    protected void loadChoices() {
        calendarChoices = admin.calendars();
    }

    public List<SupportPlan> getPlans() {
        return items();
    }

    public List<SlaCalendar> getCalendars() {
        return calendarChoices;
    }

    public SlaPlan.Coverage[] getCoverages() {
        return SlaPlan.Coverage.values();
    }

    public SlaPlan.UnofferedPriority[] getUnofferedChoices() {
        return SlaPlan.UnofferedPriority.values();
    }

    public String getEmergencyResponse() {
        return emergencyResponse;
    }

    public void setEmergencyResponse(String emergencyResponse) {
        this.emergencyResponse = emergencyResponse;
    }

    public String getEmergencyResolution() {
        return emergencyResolution;
    }

    public void setEmergencyResolution(String emergencyResolution) {
        this.emergencyResolution = emergencyResolution;
    }

    public Integer getAutoCloseHours() {
        return autoCloseHours;
    }

    public void setAutoCloseHours(Integer autoCloseHours) {
        this.autoCloseHours = autoCloseHours;
    }

    public Integer getReopenDays() {
        return reopenDays;
    }

    public void setReopenDays(Integer reopenDays) {
        this.reopenDays = reopenDays;
    }

    public Integer getMaxActiveSupport() {
        return maxActiveSupport;
    }

    public void setMaxActiveSupport(Integer maxActiveSupport) {
        this.maxActiveSupport = maxActiveSupport;
    }

    public Integer getMaxActiveDevelopment() {
        return maxActiveDevelopment;
    }

    public void setMaxActiveDevelopment(Integer maxActiveDevelopment) {
        this.maxActiveDevelopment = maxActiveDevelopment;
    }

    public SlaPlan.Coverage getCoverage() {
        return coverage;
    }

    public void setCoverage(SlaPlan.Coverage coverage) {
        this.coverage = coverage;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public void setCalendarCode(String calendarCode) {
        this.calendarCode = calendarCode;
    }

    public SlaPlan.UnofferedPriority getUnoffered() {
        return unoffered;
    }

    public void setUnoffered(SlaPlan.UnofferedPriority unoffered) {
        this.unoffered = unoffered;
    }

    public String getNextResponse() {
        return nextResponse;
    }

    public void setNextResponse(String nextResponse) {
        this.nextResponse = nextResponse;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public List<TextRow<Tier>> getReactions() {
        return reactions;
    }
}
