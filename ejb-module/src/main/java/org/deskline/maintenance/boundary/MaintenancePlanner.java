package org.deskline.maintenance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.List;
import org.deskline.maintenance.entity.MaintenanceSchedule;
import org.deskline.organization.control.ProjectCreated;
import org.deskline.organization.entity.Project;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * M2/M3 defaults: every project gets a checkup every DESK_CHECKUP_MONTHS (6), a major update every
 * DESK_MAJOR_UPDATE_MONTHS (12) and minor/security updates every DESK_MINOR_UPDATE_MONTHS (1), counted from the
 * project's creation.
 */
@Stateless
public class MaintenancePlanner {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "desk.checkup.months", defaultValue = "6")
    int checkupMonths;

    @Inject
    @ConfigProperty(name = "desk.major.update.months", defaultValue = "12")
    int majorMonths;

    @Inject
    @ConfigProperty(name = "desk.minor.update.months", defaultValue = "1")
    int minorMonths;

    /** Gives every project without schedules the default ones. */
    public void planAll() {
        List<Project> unplanned = em.createQuery("select p from Project p where not exists (select s.id from "
                + "MaintenanceSchedule s where s.projectId = p.id)", Project.class).setMaxResults(500).getResultList();
        unplanned.forEach(this::plan);
    }

    /** M2/M3: a new project gets its default schedules in the transaction that created it. */
    public void onProjectCreated(@Observes ProjectCreated created) {
        plan(em.find(Project.class, created.projectId()));
    }

    /** The default schedules of one project. */
    public void plan(Project p) {
        var created = p.getCreatedAt().atZone(ZoneOffset.UTC);
        em.persist(new MaintenanceSchedule(p.getId(), MaintenanceSchedule.Kind.CHECKUP, checkupMonths,
                created.plusMonths(checkupMonths).toInstant()));
        em.persist(new MaintenanceSchedule(p.getId(), MaintenanceSchedule.Kind.MAJOR_UPDATE, majorMonths,
                created.plusMonths(majorMonths).toInstant()));
        em.persist(new MaintenanceSchedule(p.getId(), MaintenanceSchedule.Kind.MINOR_UPDATE, minorMonths,
                created.plusMonths(minorMonths).toInstant()));
    }
}
