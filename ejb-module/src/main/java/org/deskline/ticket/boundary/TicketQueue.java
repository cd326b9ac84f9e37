package org.deskline.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jakarta.persistence.TypedQuery;
import org.deskline.ticket.control.AttachmentStore;
import org.deskline.ticket.control.QueueFilter;
import org.deskline.ticket.control.TicketDeadlines;
import org.deskline.ticket.control.TicketDeadlines.Deadline;
import org.deskline.ticket.entity.Attachment;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.Groups;
import org.deskline.ticket.control.TicketJournal;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketEvent;
import org.deskline.ticket.entity.TicketMessage;

/** The staff's view of tickets across all organizations (console); staff only, "mine" is the caller principal. */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class TicketQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketJournal journal;

    @Inject
    AttachmentStore store;

    @Inject
    TicketDeadlines deadlines;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    /** The columns the queue sorts by. */
    public static final Map<String, String> SORTABLE = Map.of("id", "t.id", "createdAt", "t.createdAt",
            "updatedAt", "t.updatedAt", "priority", "t.priority", "status", "t.status", "title", "t.titleKey",
            "organization", "o.name", "assignee", "t.assignee");

    /** One ticket with its project and organization, for the ticket page. */
    public Ticket ticket(long id) {
        return em.createQuery("select t from Ticket t join fetch t.project p join fetch p.organization "
                        + "where t.id = :id", Ticket.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("ticketId", "ticket", id));
    }

    /** T5: every change, internal notes included, oldest first. */
    public List<TicketEvent> history(long id) {
        return journal.history(id);
    }

    /** The conversation with internal notes. */
    public List<TicketMessage> messages(long id) {
        return journal.messages(id, true);
    }

    /** The newest tickets first, with their project and organization loaded for display. */
    public List<Ticket> newest(int max) {
        return em.createQuery("select t from Ticket t join fetch t.project p join fetch p.organization "
                        + "order by t.createdAt desc, t.id desc", Ticket.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The console queue: one page of tickets matching the filter, sorted by one of {@link #SORTABLE} (newest first
     * otherwise), with project and organization loaded; "my tickets" are the signed-in member's.
     */
    public List<Ticket> search(QueueFilter filter, String sortBy, boolean ascending, int first, int max) {
        if ("organization".equals(sortBy)) {
            return byOrganization(filter, ascending, first, max);
        }
        String order = SORTABLE.getOrDefault(sortBy == null ? "" : sortBy, "t.createdAt");
        String direction = sortBy == null ? " desc" : ascending ? " asc" : " desc";
        return query(Ticket.class, "select t from Ticket t join fetch t.project p join fetch p.organization o",
                filter, caller.getName(), " order by " + order + direction + ", t.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Sorted by organization name, each one's tickets newest (highest number) first. Organizations are few and
     * tickets many: sorting every matching ticket by its organization's name took half a second at 280,000 active
     * tickets (issue 20), so the organizations are walked in name order instead and each one's tickets read from its
     * index, skipping whole organizations until the page's first row.
     */
    private List<Ticket> byOrganization(QueueFilter filter, boolean ascending, int first, int max) {
        String direction = ascending ? " asc" : " desc";
        List<Long> organizations = filter.organizationId() != null ? List.of(filter.organizationId())
                : em.createQuery("select o.id from Organization o order by o.name" + direction + ", o.id" + direction,
                        Long.class).getResultList();
        List<Ticket> page = new java.util.ArrayList<>();
        int skip = first;
        for (Long organization : organizations) {
            if (page.size() >= max) {
                break;
            }
            QueueFilter theirs = filter.ofOrganization(organization);
            if (skip > 0) {
                int before = query(Long.class, "select t.id from Ticket t join t.project p join p.organization o",
                        theirs, caller.getName(), "").setMaxResults(skip).getResultList().size();
                if (before < skip) { // the whole organization comes before the page
                    skip -= before;
                    continue;
                }
            }
            page.addAll(query(Ticket.class, "select t from Ticket t join fetch t.project p join fetch p.organization o",
                    theirs, caller.getName(), " order by t.id desc").setFirstResult(skip)
                    .setMaxResults(max - page.size()).getResultList());
            skip = 0;
        }
        return page;
    }

    /**
     * How many tickets the queue counts at most (issue 20): past it the paginator needs no exact figure, and an exact
     * count of a large desk's active tickets reads them all (540 ms at a million tickets). Big desks do the same
     * (Jira says "1000+"). At 10,000 the count of one agent's tickets or of a common word still took 120-170 ms p50.
     */
    public static final int COUNT_CAP = 1_000;

    /** How many tickets match, counted up to {@link #COUNT_CAP} + 1: more than the cap reads "more than 1,000". */
    public long count(QueueFilter filter) {
        return query(Long.class, "select t.id from Ticket t join t.project p join p.organization o", filter,
                caller.getName(), "").setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, QueueFilter filter, String me, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" where t.status in :statuses");
        if (filter.priority() != null) {
            jpql.append(" and t.priority = :priority");
        }
        if (filter.organizationId() != null) {
            jpql.append(" and t.organizationId = :org");
        }
        if (QueueFilter.NOBODY.equals(filter.assignee())) {
            jpql.append(" and t.assignee is null");
        } else if (filter.assignee() != null) {
            jpql.append(" and t.assignee = :assignee");
        }
        Long idWanted = null;
        String like = null;
        List<Long> projectsNamed = List.of();
        if (filter.words() != null) {
            String w = filter.words().startsWith("#") ? filter.words().substring(1) : filter.words();
            if (w.chars().allMatch(Character::isDigit) && !w.isEmpty() && w.length() < 18) {
                idWanted = Long.valueOf(w);
                jpql.append(" and t.id = :id");
            } else {
                // the projects whose code matches are looked up first, so that the ticket condition stays on the
                // ticket's own columns: PostgreSQL then answers it from the title's trigram index (V47) and the
                // project index at once, instead of reading every ticket (issue 20: a million tickets)
                like = "%" + filter.words().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "")
                        + "%";
                projectsNamed = em.createQuery("select p.id from Project p where lower(p.code) like :words",
                        Long.class).setParameter("words", like).getResultList();
                jpql.append(projectsNamed.isEmpty() ? " and lower(t.title) like :words"
                        : " and (lower(t.title) like :words or t.project.id in :projects)");
            }
        }
        if (filter.emergencyOnly()) {
            jpql.append(" and t.emergency = true");
        }
        if (filter.dueWithin() != null) {
            jpql.append(" and ").append(deadlines.dueByCondition());
        }
        if (filter.waitingOver() != null) {
            jpql.append(" and t.status = :waiting and t.lastAgentReplyAt <= :repliedBefore");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type).setParameter("statuses", filter.statuses());
        Instant now = clock.instant();
        if (filter.priority() != null) {
            q.setParameter("priority", filter.priority());
        }
        if (filter.organizationId() != null) {
            q.setParameter("org", filter.organizationId());
        }
        if (filter.assignee() != null && !QueueFilter.NOBODY.equals(filter.assignee())) {
            q.setParameter("assignee", QueueFilter.ME.equals(filter.assignee()) ? me : filter.assignee());
        }
        if (idWanted != null) {
            q.setParameter("id", idWanted);
        } else if (like != null) {
            q.setParameter("words", like);
            if (!projectsNamed.isEmpty()) {
                q.setParameter("projects", projectsNamed);
            }
        }
        if (filter.dueWithin() != null) {
            q.setParameter("dueBy", now.plus(filter.dueWithin()));
            // the moment goes into the statement as a literal: prepared once with a placeholder, PostgreSQL plans
            // for a third of all running clocks due and reads every active ticket (290 ms at a million tickets);
            // with the moment it sees the 18,000 due and looks up just their tickets (issue 20)
            q.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        if (filter.waitingOver() != null) {
            q.setParameter("waiting", org.deskline.ticket.entity.TicketStatus.WAITING_FOR_CUSTOMER)
                    .setParameter("repliedBefore", now.minus(filter.waitingOver()));
        }
        return q;
    }

    /** S4: per ticket of a page, its running clock with the nearest deadline; tickets without one are absent. */
    public Map<Long, Deadline> nextDue(Collection<Long> ticketIds) {
        return deadlines.nextDue(ticketIds);
    }

    /** T2: the ticket's files, oldest first. */
    public List<Attachment> attachments(long ticketId) {
        return em.createQuery("select a from Attachment a where a.ticketId = :id order by a.createdAt, a.id",
                Attachment.class).setParameter("id", ticketId).getResultList();
    }

    public Attachment attachment(long attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null) {
            throw DeskException.notFound("attachmentId", "attachment", attachmentId);
        }
        return a;
    }

    public InputStream content(Attachment attachment) {
        return store.open(attachment.getSha256());
    }
}
