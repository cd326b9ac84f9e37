package org.deskline.security.entity;

/** Console roles; the security group of a staff user is the role's {@link #group()}. */
public enum StaffRole {
    ADMIN, MANAGER, AGENT, QUALITY_CONTROL;

    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
