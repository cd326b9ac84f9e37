package org.deskline.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.deskline.platform.entity.SequencedEntity;

/**
 * A person of the support company who works in the admin console: a role, for agents the support tier they work
 * in (S5), the console language they chose. Only a PBKDF2 hash of the password is kept.
 */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.BY_USERNAME, query = "select u from StaffUser u where u.username = :username")
@NamedQuery(name = StaffUser.ALL, query = "select u from StaffUser u order by u.username")
@NamedQuery(name = StaffUser.ACTIVE_ADMINS,
        query = "select count(u) from StaffUser u where u.active = true and u.role = :role")
public class StaffUser extends SequencedEntity {

    public static final String BY_USERNAME = "StaffUser.byUsername";
    public static final String ALL = "StaffUser.all";
    public static final String ACTIVE_ADMINS = "StaffUser.activeAdmins";

    @Version
    private long version;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    private String locale;

    /** Issue 20: the IANA zone the console shows this user's times in (null: the console's default). */
    private String timeZone;

    private boolean active;

    private Instant createdAt;

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, StaffRole role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.active = true;
        this.createdAt = createdAt;
    }

    /** Role, tier (agents only), name and language, as checked by {@code StaffRules}. */
    public void describe(StaffRole role, Tier tier, String displayName, String locale) {
        this.role = role;
        this.tier = tier;
        this.displayName = displayName;
        this.locale = locale;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName == null ? username : displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public StaffRole getRole() {
        return role;
    }

    public Tier getTier() {
        return tier;
    }

    public String getLocale() {
        return locale;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * What a console session signed in with (issue 16): active, role, tier and password. A session whose stamp no
     * longer matches its account's ends at its next request, so disabling, demoting, moving to another tier or
     * setting a new password takes effect at once; a change of name or language does not sign anyone out.
     */
    public String accessStamp() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((active + "|" + role + "|" + tier + "|"
                    + passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
