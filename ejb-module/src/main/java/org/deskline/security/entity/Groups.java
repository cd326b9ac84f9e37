package org.deskline.security.entity;

/** Security group (and role) names used in web.xml constraints. */
public final class Groups {
    public static final String API_CLIENT = "api-client";
    /** M1: an API client of a backup system; it may report backups only. */
    public static final String BACKUP_REPORTER = "backup-reporter";
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String AGENT = "agent";
    public static final String QUALITY_CONTROL = "quality-control";

    private Groups() {
    }
}
