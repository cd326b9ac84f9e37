package org.deskline.ticket.entity;

/** A proposal is offered once; the customer accepts or declines it before it expires, or support withdraws it. */
public enum ProposalStatus {
    OFFERED, ACCEPTED, DECLINED, EXPIRED, SUPERSEDED
}
