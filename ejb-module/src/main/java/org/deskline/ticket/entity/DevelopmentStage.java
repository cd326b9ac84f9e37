package org.deskline.ticket.entity;

/**
 * T1: where a development request stands. It is reviewed, gets a proposal the customer accepts or declines
 * (a declined or expired one can be revised), then it is scheduled and delivered.
 */
public enum DevelopmentStage {
    REVIEW, PROPOSED, ACCEPTED, DECLINED, SCHEDULED, DELIVERED
}
