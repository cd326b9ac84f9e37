package org.deskline.billing.entity;

/**
 * B8: where a development request goes. R&D takes it into the product's backlog with no date promised (and no
 * proposal or price); paid custom development gets a proposal the customer accepts and its time is billable
 * (CUSTOM_DEVELOPMENT, B3).
 */
public enum FeatureRoute {
    RND, PAID_DEVELOPMENT
}
