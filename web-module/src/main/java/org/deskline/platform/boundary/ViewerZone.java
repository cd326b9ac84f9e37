package org.deskline.platform.boundary;

import java.time.ZoneId;

/**
 * Issue 20: the time zone the console shows the signed-in user's times in (their choice, else the console's
 * default). Implemented by the console's session; {@link DisplayFormats} asks it, so the platform does not know
 * the security feature.
 */
public interface ViewerZone {

    /** The console's default when a user has chosen none (DESK_CONSOLE_ZONE). */
    String DEFAULT = "Asia/Tehran";

    ZoneId zone();
}
