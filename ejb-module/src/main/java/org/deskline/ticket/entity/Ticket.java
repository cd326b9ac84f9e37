package org.deskline.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.platform.entity.SequencedEntity;

/**
 * A request from a customer (or created by the system). The organization is kept on the row itself so that
 * every customer-facing query can be scoped by it without a join.
 */
@Entity
public class Ticket extends SequencedEntity {

    @Version
    private long version;

    private Long organizationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    private TicketKind kind;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    private boolean emergency;

    /** S3: why the customer said it is an emergency, when it did (site down, no admin access, hacked). */
    @Enumerated(EnumType.STRING)
    private EmergencyReason emergencyReason;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String title;

    private String titleKey;

    private String description;

    /** T2: the optional parts of a good report (seeds 000, 004). */
    private String stepsToReproduce;

    private String pageUrl;

    private String productVersion;

    private String createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    private String assignee;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private DeferralReason deferralReason;

    private Instant lastAgentReplyAt;

    private Instant lastCustomerMessageAt;

    private Instant autoCloseAt;

    private Integer rating;

    private String ratingComment;

    private boolean qualityReview;

    private String requestId;

    @Enumerated(EnumType.STRING)
    private DevelopmentStage developmentStage;

    /** T1: the delivery date agreed for a scheduled development request (its resolution target). */
    private Instant plannedFor;

    protected Ticket() {
    }

    /** Opens a ticket; it starts waiting for a reply from support (T5). */
    public Ticket(Project project, TicketKind kind, Category category, Priority priority, boolean emergency,
                  String title, String description, Channel channel, String createdBy, Instant now) {
        this.organizationId = project.getOrganization().getId();
        this.project = project;
        this.kind = kind;
        this.category = category;
        this.priority = priority;
        this.emergency = emergency;
        this.title = title;
        this.titleKey = titleKey(title);
        this.description = description;
        this.channel = channel;
        this.createdBy = createdBy;
        this.status = TicketStatus.WAITING_FOR_REPLY;
        this.developmentStage = kind == TicketKind.DEVELOPMENT_REQUEST ? DevelopmentStage.REVIEW : null;
        this.lastCustomerMessageAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Applies one lifecycle action at {@code at} (T5-T8) and returns the status it left. Refuses what the state
     * machine does not allow. An agent's public reply starts the auto-close period (T6); a customer message
     * stops it; closing records the resolution.
     */
    public TicketStatus apply(TicketAction action, Instant at, Duration autoCloseAfter) {
        TicketStatus from = status;
        status = TicketLifecycle.next(from, action);
        switch (action) {
            case AGENT_REPLY -> {
                lastAgentReplyAt = at;
                autoCloseAt = at.plus(autoCloseAfter);
            }
            case CUSTOMER_REPLY -> {
                lastCustomerMessageAt = at;
                autoCloseAt = null;
                deferralReason = null;
            }
            case RESUME -> deferralReason = null;
            case REOPEN -> {
                resolution = null;
                closedAt = null;
                rating = null;
                ratingComment = null;
            }
            default -> {
            }
        }
        TicketLifecycle.resolution(action).ifPresent(r -> {
            resolution = r;
            closedAt = at;
            autoCloseAt = null;
            deferralReason = null;
        });
        if (action == TicketAction.DEFER || !TicketLifecycle.isOpen(status)) {
            autoCloseAt = null;
        }
        updatedAt = at;
        return from;
    }

    /** T12: deferral always names its reason. */
    public TicketStatus defer(DeferralReason reason, Instant at) {
        TicketStatus from = apply(TicketAction.DEFER, at, Duration.ZERO);
        deferralReason = reason;
        return from;
    }

    /** Support corrects how the ticket is classified; returns what changed, e.g. "priority NORMAL→URGENT". */
    public String reclassify(Priority newPriority, Category newCategory, TicketKind newKind, Instant at) {
        if (!isActive()) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "status", "T5",
                    "A closed ticket cannot be reclassified; reopen it first.").because("refusal.closedReopenFirst");
        }
        StringBuilder changes = new StringBuilder();
        if (newPriority != null && newPriority != priority) {
            changes.append("priority ").append(priority).append('\u2192').append(newPriority).append("; ");
            priority = newPriority;
        }
        if (newCategory != null && newCategory != category) {
            changes.append("category ").append(category).append('\u2192').append(newCategory).append("; ");
            category = newCategory;
        }
        if (newKind != null && newKind != kind) {
            changes.append("kind ").append(kind).append('\u2192').append(newKind).append("; ");
            kind = newKind;
        }
        updatedAt = at;
        return changes.length() == 0 ? "" : changes.substring(0, changes.length() - 2);
    }

    /**
     * T1: moves a development request to its next stage; returns the stage it left. Support proposes after
     * review (or revises after a decline), the customer's answer accepts or declines, an accepted request is
     * scheduled, a scheduled one delivered.
     */
    public DevelopmentStage advance(DevelopmentStage to, Instant at) {
        if (kind != TicketKind.DEVELOPMENT_REQUEST) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "kind", "T1",
                    "Only development requests have proposals and schedules; this is a " + kind + " ticket.");
        }
        if (!isActive()) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "status", "T1",
                    "The development request is closed; reopen it first.").because("refusal.closedReopenFirst");
        }
        DevelopmentStage from = developmentStage;
        boolean allowed = switch (to) {
            case PROPOSED -> from == DevelopmentStage.REVIEW || from == DevelopmentStage.DECLINED
                    || from == DevelopmentStage.PROPOSED;
            case ACCEPTED, DECLINED -> from == DevelopmentStage.PROPOSED;
            case SCHEDULED -> from == DevelopmentStage.ACCEPTED || from == DevelopmentStage.SCHEDULED;
            case DELIVERED -> from == DevelopmentStage.SCHEDULED;
            case REVIEW -> false;
        };
        if (!allowed) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "developmentStage", "T1",
                    "A development request in stage " + from + " cannot move to " + to + ".")
                    .because("refusal.stage", from, to);
        }
        developmentStage = to;
        updatedAt = at;
        return from;
    }

    public void assignTo(String agent, Instant at) {
        assignee = agent;
        updatedAt = at;
    }

    /** T11: the customer's rating of a closed ticket, once. */
    public void rate(int score, String comment, Instant at) {
        if (status != TicketStatus.CLOSED) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "status", "T11",
                    "A ticket can be rated when it is closed; it is " + status + ".")
                    .because("refusal.notInStatus", status);
        }
        if (rating != null) {
            throw DeskException.invalid("rating", "T11", "This ticket was already rated " + rating + ".");
        }
        rating = score;
        ratingComment = comment;
        updatedAt = at;
    }

    /** T11: sends the ticket to quality control; true when it was not there yet. */
    public boolean referToQualityControl(Instant at) {
        boolean first = !qualityReview;
        qualityReview = true;
        updatedAt = at;
        return first;
    }

    public void identifiedBy(String clientRequestId) {
        requestId = clientRequestId;
    }

    public boolean isActive() {
        return TicketLifecycle.isOpen(status);
    }

    /** T10: titles that differ only in case and spacing are the same subject. */
    public static String titleKey(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Something another feature keeps about the ticket changed (billing's B2/B8/B9 decisions): the ticket counts as
     * changed, so a customer system asking for changes since then sees it.
     */
    public void changed(Instant at) {
        this.updatedAt = at;
    }

    /** T2: steps to reproduce, the page and the product version the reporter gave (each may be null). */
    public void reported(String steps, String page, String version) {
        this.stepsToReproduce = steps;
        this.pageUrl = page;
        this.productVersion = version;
    }

    public String getStepsToReproduce() {
        return stepsToReproduce;
    }

    public String getPageUrl() {
        return pageUrl;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public long getVersion() {
        return version;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Project getProject() {
        return project;
    }

    public TicketKind getKind() {
        return kind;
    }

    public Category getCategory() {
        return category;
    }

    public Priority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public boolean isEmergency() {
        return emergency;
    }

    /** S3: staff flag the ticket as an emergency or clear the flag; false when it already was as asked. */
    public boolean flagEmergency(boolean flag, Instant at) {
        if (emergency == flag) {
            return false;
        }
        emergency = flag;
        if (!flag) {
            emergencyReason = null;
        }
        updatedAt = at;
        return true;
    }

    /** S3: the customer's reason for an emergency (ignored for a ticket that is not one). */
    public void emergencyBecause(EmergencyReason reason) {
        this.emergencyReason = emergency ? reason : null;
    }

    public EmergencyReason getEmergencyReason() {
        return emergencyReason;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public DeferralReason getDeferralReason() {
        return deferralReason;
    }

    public Instant getLastAgentReplyAt() {
        return lastAgentReplyAt;
    }

    public Instant getLastCustomerMessageAt() {
        return lastCustomerMessageAt;
    }

    public Instant getAutoCloseAt() {
        return autoCloseAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public boolean isQualityReview() {
        return qualityReview;
    }

    public String getRequestId() {
        return requestId;
    }

    /** T1: an accepted (or scheduled) development request gets its agreed delivery date, after now. */
    public DevelopmentStage schedule(Instant deliveryBy, Instant at) {
        if (deliveryBy == null || !deliveryBy.isAfter(at)) {
            throw DeskException.invalid("plannedFor", "T1", "The agreed delivery date is after now.");
        }
        DevelopmentStage from = advance(DevelopmentStage.SCHEDULED, at);
        plannedFor = deliveryBy;
        return from;
    }

    public Instant getPlannedFor() {
        return plannedFor;
    }

    public DevelopmentStage getDevelopmentStage() {
        return developmentStage;
    }
}
