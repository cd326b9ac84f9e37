package org.deskline.maintenance.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;
import org.deskline.platform.DeskException;

/**
 * M1 (seed 001: every backup is kept in 3 different geographic places): one place backups are stored, from the list
 * staff manage. A backup system reports copies only to an active location, and a project's policy requires only
 * managed ones; a location still required by a policy cannot be retired. The locations marked
 * {@code requiredByDefault} are what a project's first reported backup must reach.
 */
@Entity
@Table(name = "backup_location")
public class BackupLocation {

    /** A region name: lower-case letters, digits and -, e.g. eu-central. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    public static final int NAME_LENGTH = 100;
    public static final int PLACE_LENGTH = 200;

    @Id
    private String code;

    private String name;

    /** Where it is: city and country, and the provider, so the 3 places are seen to be apart. */
    private String place;

    private boolean active = true;

    private boolean requiredByDefault;

    @Version
    private long version;

    protected BackupLocation() {
    }

    public BackupLocation(String code, String name, String place, boolean requiredByDefault) {
        this.code = code;
        revise(name, place, true, requiredByDefault);
    }

    /** The editor's fields, checked: a name (1-100 characters) and a place (at most 200). */
    public static void check(String code, String name, String place) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DeskException.invalid("code", "M1", "A location code is a region name of lower-case letters, "
                    + "digits and - (at most 60), e.g. eu-central.");
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw DeskException.invalid("name", "M1", "A location needs a name of at most " + NAME_LENGTH
                    + " characters.");
        }
        if (place != null && place.strip().length() > PLACE_LENGTH) {
            throw DeskException.invalid("place", "M1", "Say where it is in at most " + PLACE_LENGTH
                    + " characters.");
        }
    }

    public void revise(String newName, String newPlace, boolean nowActive, boolean nowRequiredByDefault) {
        this.name = newName.strip();
        this.place = newPlace == null ? "" : newPlace.strip();
        this.active = nowActive;
        this.requiredByDefault = nowActive && nowRequiredByDefault;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPlace() {
        return place;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isRequiredByDefault() {
        return requiredByDefault;
    }

    public long getVersion() {
        return version;
    }
}
