package org.deskline.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.platform.entity.SequencedEntity;

/** T1: support's offer for a development request: scope, estimate in hours, price and how long it is valid. */
@Entity
public class Proposal extends SequencedEntity {

    @Version
    private long version;

    private Long ticketId;

    private String scope;

    private BigDecimal estimateHours;

    private BigDecimal price;

    private String currency;

    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private String createdBy;

    private Instant createdAt;

    private Instant respondedAt;

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
            throw new DeskException(ErrorCode.ILLEGAL_TRANSITION, "proposal", "T1", "Proposal " + getId() + " is "
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
