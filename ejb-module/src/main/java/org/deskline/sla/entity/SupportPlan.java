package org.deskline.sla.entity;

import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.TicketNumbers;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Priority;

/**
 * S1: a support plan as stored: the four defaults (Enterprise, Advanced, Medium, Basic) and custom plans.
 * The rules work on its {@link #rule()}. Kept in the shared cache: found through {@code sla.control.SupportPlans},
 * which drops it when another server saved a plan.
 */
@Entity
@Cacheable
@Table(name = "sla_plan")
public class SupportPlan {

    public static final String DEFAULT_CODE = "BASIC";
    /** S3: an emergency's first response and resolution targets unless the plan sets its own. */
    public static final Duration DEFAULT_EMERGENCY_RESPONSE = Duration.ofHours(1);
    public static final Duration DEFAULT_EMERGENCY_RESOLUTION = Duration.ofHours(5);
    /** T1: how soon a development request gets its proposal unless the plan says otherwise (5 working days of 8 h). */
    public static final Duration DEFAULT_PROPOSAL = Duration.ofHours(40);

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private SlaPlan.Coverage coverage;

    @Enumerated(EnumType.STRING)
    private SlaPlan.UnofferedPriority unoffered;

    private long nextResponseSeconds;

    /** S2: the business calendar of business-hours coverage (24/7 plans and emergencies run around the clock). */
    private String calendarCode = SlaCalendar.DEFAULT_CODE;

    /** S3: what an emergency runs on, around the clock, whatever its priority. */
    private long emergencyResponseSeconds = DEFAULT_EMERGENCY_RESPONSE.toSeconds();

    private long emergencyResolutionSeconds = DEFAULT_EMERGENCY_RESOLUTION.toSeconds();

    /** T6, T8, T9 for the plan's organizations; null keeps the configured default. */
    private Integer autoCloseHours;

    private Integer reopenDays;

    private Integer maxActiveSupport;

    private Integer maxActiveDevelopment;

    /** T1: the proposal target of a development request, on the plan's calendar. */
    private long proposalSeconds = DEFAULT_PROPOSAL.toSeconds();

    /** S5: a passed tier reaction target escalates by itself only where the plan says so. */
    private boolean autoEscalate;

    /** S5: the tier a development request starts at. */
    @Enumerated(EnumType.STRING)
    private Tier developmentTier = Tier.L2;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_plan_target", joinColumns = @JoinColumn(name = "plan_code"))
    private List<PlanTarget> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_plan_tier", joinColumns = @JoinColumn(name = "plan_code"))
    @MapKeyColumn(name = "tier", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "reaction_seconds")
    private Map<Tier, Long> tierReactions = new EnumMap<>(Tier.class);

    /** S5: the starting tier per category of support ticket; a category not named starts at L1. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_plan_route", joinColumns = @JoinColumn(name = "plan_code"))
    @MapKeyColumn(name = "category", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "tier")
    private Map<Category, Tier> categoryTiers = new EnumMap<>(Category.class);

    protected SupportPlan() {
    }

    public SupportPlan(String code, String name, SlaPlan.Coverage coverage, SlaPlan.UnofferedPriority unoffered,
                       Duration nextResponse, List<PlanTarget> targets) {
        this.code = code;
        this.name = name;
        this.coverage = coverage;
        this.unoffered = unoffered;
        this.nextResponseSeconds = nextResponse.toSeconds();
        this.targets = new ArrayList<>(targets);
        for (Tier tier : Tier.values()) {
            tierReactions.put(tier, (tier == Tier.L1 ? Duration.ofHours(2) : Duration.ofHours(4)).toSeconds());
        }
    }

    /** S1: the plan edited as a whole (the console's plan editor); running clocks are recomputed by the caller. */
    public void revise(String newName, SlaPlan.Coverage newCoverage, SlaPlan.UnofferedPriority newUnoffered,
                       Duration nextResponse, String newCalendarCode, List<PlanTarget> newTargets,
                       Map<Tier, Duration> reactions) {
        this.name = newName;
        this.coverage = newCoverage;
        this.unoffered = newUnoffered;
        this.nextResponseSeconds = nextResponse.toSeconds();
        this.calendarCode = newCalendarCode;
        this.targets = new ArrayList<>(newTargets);
        reactions.forEach(this::withTierReaction);
    }

    /** T6, T8, T9: the ticket numbers the plan sets (nulls keep the configured defaults). */
    public void setTicketNumbers(TicketNumbers numbers) {
        this.autoCloseHours = numbers.autoCloseHours();
        this.reopenDays = numbers.reopenDays();
        this.maxActiveSupport = numbers.maxActiveSupport();
        this.maxActiveDevelopment = numbers.maxActiveDevelopment();
    }

    public TicketNumbers ticketNumbers() {
        return new TicketNumbers(autoCloseHours, reopenDays, maxActiveSupport, maxActiveDevelopment);
    }

    /** T1: how soon a development request gets its proposal. */
    public Duration proposalTarget() {
        return Duration.ofSeconds(proposalSeconds);
    }

    public void setProposalTarget(Duration proposal) {
        this.proposalSeconds = proposal.toSeconds();
    }

    /** S5: where tickets start and whether a passed tier reaction target escalates by itself. */
    public TierRouting routing() {
        return new TierRouting(autoEscalate, categoryTiers, developmentTier);
    }

    public void setRouting(TierRouting routing) {
        this.autoEscalate = routing.autoEscalate();
        this.developmentTier = routing.development();
        this.categoryTiers.clear();
        this.categoryTiers.putAll(routing.categories());
    }

    /** S5: a custom reaction target for one tier. */
    public SupportPlan withTierReaction(Tier tier, Duration reaction) {
        tierReactions.put(tier, reaction.toSeconds());
        return this;
    }

    /** S5: how soon someone in this tier must react (the policy's defaults: L1 2 h, L2 and L3 4 h). */
    public Duration tierReaction(Tier tier) {
        Long seconds = tierReactions.get(tier);
        return seconds != null ? Duration.ofSeconds(seconds) : Duration.ofHours(4);
    }

    /** The plan's response targets as the rules see them (S1: refuse or downgrade what it does not offer). */
    public SlaPlan rule() {
        Map<Priority, Duration> response = new EnumMap<>(Priority.class);
        targets.forEach(t -> response.put(t.getPriority(), t.response()));
        return new SlaPlan(name, response, coverage, unoffered);
    }

    public Optional<PlanTarget> target(Priority priority) {
        return targets.stream().filter(t -> t.getPriority() == priority).findFirst();
    }

    /** S3: an emergency's targets (the priority only names it), else {@link #targetFor(Priority)}. */
    public PlanTarget targetFor(Priority priority, boolean emergency) {
        return emergency ? new PlanTarget(priority, emergencyResponse(), emergencyResolution()) : targetFor(priority);
    }

    /** S3: the plan's emergency targets. */
    public void setEmergencyTargets(Duration response, Duration resolution) {
        this.emergencyResponseSeconds = response.toSeconds();
        this.emergencyResolutionSeconds = resolution.toSeconds();
    }

    public Duration emergencyResponse() {
        return Duration.ofSeconds(emergencyResponseSeconds);
    }

    public Duration emergencyResolution() {
        return Duration.ofSeconds(emergencyResolutionSeconds);
    }

    /**
     * The targets a ticket of this priority runs on: its own, or (a priority set before the plan changed) those of
     * the nearest less urgent priority the plan offers, else its least urgent one.
     */
    public PlanTarget targetFor(Priority priority) {
        return target(priority).or(() -> java.util.Arrays.stream(Priority.values())
                        .filter(p -> p.ordinal() > priority.ordinal()).map(this::target)
                        .flatMap(Optional::stream).findFirst())
                .orElseGet(() -> targets.stream().max(java.util.Comparator.comparing(t -> t.getPriority().ordinal()))
                        .orElseThrow());
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SlaPlan.Coverage getCoverage() {
        return coverage;
    }

    public SlaPlan.UnofferedPriority getUnoffered() {
        return unoffered;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public long getVersion() {
        return version;
    }

    public Map<Tier, Duration> tierReactions() {
        Map<Tier, Duration> all = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            all.put(tier, tierReaction(tier));
        }
        return all;
    }

    public Duration nextResponse() {
        return Duration.ofSeconds(nextResponseSeconds);
    }

    public List<PlanTarget> getTargets() {
        return List.copyOf(targets);
    }
}
