package org.deskline.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/** T1: support's offer for a development request: scope, estimate in hours, price and how long it is valid. */
@Entity
public class Proposal {

    @Id
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(nullable = false, length = 10000)
    private String scope;

    @Column(name = "estimate_hours", nullable = false, precision = 9, scale = 2)
    private BigDecimal estimateHours;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "response_comment", length = 2000)
    private String responseComment;

    protected Proposal() {
    }

    public Proposal(Long ticketId, String scope, BigDecimal estimateHours, BigDecimal price, String currency,
                    Instant validUntil, String createdBy, Instant createdAt) {
        this.ticketId = ticketId;
        this.scope = scope;
        this.estimateHours = estimateHours;
        this.price = price;
        this.currency = currency;
        this.validUntil = validUntil;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ProposalStatus.OFFERED;
    }

    /** The customer's answer; refused when the proposal is no longer offered or its validity ended. */
    public void respond(boolean accept, String comment, Instant at) {
        if (status == ProposalStatus.OFFERED && at.isAfter(validUntil)) {
            status = ProposalStatus.EXPIRED;
        }
        if (status != ProposalStatus.OFFERED) {
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "proposal", "T1", "Proposal " + id + " is "
                    + status + (status == ProposalStatus.EXPIRED ? " since " + validUntil : "")
                    + "; only an offered proposal can be answered. Ask support for a new one.");
        }
        status = accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED;
        respondedAt = at;
        responseComment = comment;
    }

    /** A revised proposal replaces one that is still offered. */
    public void supersede() {
        if (status == ProposalStatus.OFFERED) {
            status = ProposalStatus.SUPERSEDED;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getScope() {
        return scope;
    }

    public BigDecimal getEstimateHours() {
        return estimateHours;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getResponseComment() {
        return responseComment;
    }
}
