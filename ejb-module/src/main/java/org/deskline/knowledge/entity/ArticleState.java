package org.deskline.knowledge.entity;

/** K1: where an article stands. Customers read only published ones. */
public enum ArticleState {
    DRAFT, PUBLISHED, ARCHIVED
}
