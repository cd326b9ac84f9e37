package org.deskline.security.entity;

/** Security group (and role) names used in web.xml constraints. */
public final class Groups {
    public static final String API_CLIENT = "api-client";
    public static final String ADMIN = "admin";

    private Groups() {
    }
}
