package org.deskline.ticket.entity;

/** T4: priorities, most severe first; {@link #NORMAL} is the default. */
public enum Priority {
    CRITICAL, URGENT, HIGH, NORMAL, LOW;

    public static final Priority DEFAULT = NORMAL;
}
