package org.deskline.security.control;

import java.io.Serializable;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.StaffUser;
import org.deskline.security.entity.Tier;

/**
 * A console user as the console needs them: name, role, tier (agents), chosen language (null: the browser's) and
 * time zone (null: the console's default).
 */
public record StaffMember(String username, String displayName, StaffRole role, Tier tier, String locale,
                          String timeZone) implements Serializable {

    public static StaffMember of(StaffUser user) {
        return new StaffMember(user.getUsername(), user.getDisplayName(), user.getRole(), user.getTier(),
                user.getLocale(), user.getTimeZone());
    }
}
