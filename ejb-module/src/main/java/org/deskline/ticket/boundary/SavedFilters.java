package org.deskline.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.Groups;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.SavedFilter;
import org.deskline.ticket.control.QueueFilter;
import org.deskline.ticket.control.TicketRules;

/**
 * A staff member's own queue filters; nobody sees or deletes another's (a foreign id is a missing one). The owner
 * is always the caller principal.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class SavedFilters {

    public static final int MAX_PER_USER = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    public List<SavedFilter> mine() {
        return of(caller.getName());
    }

    private List<SavedFilter> of(String owner) {
        return em.createNamedQuery(SavedFilter.OF_OWNER, SavedFilter.class).setParameter("owner", owner)
                .getResultList();
    }

    public SavedFilter find(long id) {
        String owner = caller.getName();
        SavedFilter filter = em.find(SavedFilter.class, id);
        if (filter == null || !filter.getOwner().equals(owner)) {
            throw DeskException.notFound("filterId", "saved filter", id);
        }
        return filter;
    }

    /** Saves under a name; the same name again replaces the earlier filter. */
    @Audited
    public SavedFilter save(String name, QueueFilter filter) {
        String owner = caller.getName();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > TicketRules.FILTER_NAME_MAX) {
            throw DeskException.invalid("filterName", null, "Name the filter (1-" + TicketRules.FILTER_NAME_MAX
                    + " characters).").because("refusal.filterName", TicketRules.FILTER_NAME_MAX);
        }
        List<SavedFilter> mine = of(owner);
        mine.stream().filter(f -> f.getName().equals(label)).findFirst().ifPresent(em::remove);
        if (mine.size() >= MAX_PER_USER && mine.stream().noneMatch(f -> f.getName().equals(label))) {
            throw DeskException.invalid("filterName", null, "At most " + MAX_PER_USER + " saved filters each.")
                    .because("refusal.tooManyFilters", MAX_PER_USER);
        }
        em.flush();
        SavedFilter saved = new SavedFilter(owner, label, filter.text(), clock.instant());
        em.persist(saved);
        return saved;
    }

    @Audited
    public void delete(long id) {
        em.remove(find(id));
    }
}
