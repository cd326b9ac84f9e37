package org.deskline.maintenance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.deskline.maintenance.entity.BackupLocation;
import org.deskline.maintenance.entity.BackupRetention;
import org.deskline.platform.DeskException;

/** M1: the managed list of backup locations, as the backup systems' reports and the policies use it. */
@ApplicationScoped
public class BackupLocations {

    @PersistenceContext
    EntityManager em;

    /** Every location, active ones first, each group by code. */
    public List<BackupLocation> all() {
        return em.createQuery("select l from BackupLocation l order by l.active desc, l.code", BackupLocation.class)
                .getResultList();
    }

    public List<BackupLocation> active() {
        return em.createQuery("select l from BackupLocation l where l.active = true order by l.code",
                BackupLocation.class).getResultList();
    }

    /** What a project's first reported backup must reach. */
    public Set<String> requiredByDefault() {
        Set<String> codes = new TreeSet<>();
        active().stream().filter(BackupLocation::isRequiredByDefault).forEach(l -> codes.add(l.getCode()));
        return codes;
    }

    /** A backup is reported only to an active managed location. */
    public void requireActive(String code, String field) {
        BackupLocation location = code == null ? null : em.find(BackupLocation.class, code);
        if (location == null || !location.isActive()) {
            throw DeskException.invalid(field, "M1", (location == null ? "Unknown" : "Retired") + " backup location '"
                    + code + "'; the managed locations are " + codes() + " (console, Backups: locations).");
        }
    }

    /** A policy requires 3-10 distinct active managed locations. */
    public Set<String> requireForPolicy(Set<String> codes, String field) {
        if (codes.size() < BackupRetention.MIN_DISTINCT_LOCATIONS || codes.size() > BackupRetention.MAX_POLICY_LOCATIONS) {
            throw DeskException.invalid(field, "M1", "Choose " + BackupRetention.MIN_DISTINCT_LOCATIONS + " to " + BackupRetention.MAX_POLICY_LOCATIONS + " "
                    + "locations: every backup is kept in at least " + BackupRetention.MIN_DISTINCT_LOCATIONS
                    + " geographic places (seed 001).");
        }
        codes.forEach(code -> requireActive(code, field));
        return codes;
    }

    private String codes() {
        List<String> codes = active().stream().map(BackupLocation::getCode).toList();
        return codes.isEmpty() ? "none yet" : String.join(", ", codes);
    }
}
