package org.deskline.knowledge.entity;

/** K1: who may read an article: every customer, one organization, or one project (project-specific training). */
public enum Audience {
    PUBLIC, ORGANIZATION, PROJECT
}
