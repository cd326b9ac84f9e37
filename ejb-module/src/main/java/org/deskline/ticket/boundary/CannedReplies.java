package org.deskline.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.boundary.StaffAccess;
import org.deskline.security.control.Audited;
import org.deskline.security.control.StaffMember;
import org.deskline.security.entity.Groups;
import org.deskline.security.entity.StaffRole;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.control.CannedReplyRules;
import org.deskline.ticket.entity.CannedReply;
import org.deskline.ticket.entity.Ticket;

/**
 * Issue 20: canned replies. Managers and administrators write them (audited, optimistic locking); an agent sees the
 * ones of its own team (its tier's, and those for every team) in a language or all, and puts one into a ticket's reply
 * box with its placeholders filled. A reply of another team answers NOT_FOUND exactly like a missing one.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class CannedReplies {

    /** The most canned replies there are (a list an agent chooses from, not a library). */
    public static final int MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    /** Every canned reply, by title (the managers' page). */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER})
    public List<CannedReply> all() {
        return em.createQuery("select c from CannedReply c order by c.title", CannedReply.class).setMaxResults(MAX)
                .getResultList();
    }

    @RolesAllowed({Groups.ADMIN, Groups.MANAGER})
    public CannedReply find(long id) {
        CannedReply c = em.find(CannedReply.class, id);
        if (c == null) {
            throw DeskException.notFound("id", "canned reply", id);
        }
        return c;
    }

    /**
     * Writes a new one ({@code id} null) or the one read at {@code readVersion}. Title, body and language as
     * {@link CannedReplyRules} says; titles are unique.
     */
    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER})
    public CannedReply save(Long id, Long readVersion, String title, String body, String language, Tier tier) {
        String t = CannedReplyRules.title(title);
        String b = CannedReplyRules.body(body);
        String l = CannedReplyRules.language(language);
        Instant now = clock.instant();
        CannedReply reply;
        if (id == null) {
            long count = em.createQuery("select count(c) from CannedReply c", Long.class).getSingleResult();
            if (count >= MAX) {
                throw new DeskException(ErrorCode.LIMIT_EXCEEDED, "title", null, "At most " + MAX
                        + " canned replies.").because("refusal.tooManyReplies", MAX);
            }
            reply = new CannedReply(access.me(), now);
        } else {
            reply = find(id);
            if (readVersion == null || readVersion != reply.getVersion()) {
                throw new DeskException(ErrorCode.CONCURRENT_MODIFICATION, "version", null, "Someone else saved "
                        + "this canned reply meanwhile: open it again.").because("refusal.changedMeanwhile");
            }
        }
        var same = em.createQuery("select count(c) from CannedReply c where lower(c.title) = :title"
                + (id == null ? "" : " and c.id <> :id"), Long.class)
                .setParameter("title", t.toLowerCase(java.util.Locale.ROOT));
        boolean taken = (id == null ? same : same.setParameter("id", id)).getSingleResult() > 0;
        if (taken) {
            throw new DeskException(ErrorCode.DUPLICATE, "title", null, "A canned reply has that title already.")
                    .because("refusal.replyTitleTaken");
        }
        reply.write(t, b, l, tier, access.me(), now);
        if (id == null) {
            em.persist(reply);
        }
        return reply;
    }

    @Audited
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER})
    public void delete(long id) {
        em.remove(find(id));
    }

    /**
     * The replies the caller may use: an agent or quality control those for its tier and those for every team;
     * managers and administrators all. Of one language and those for any ({@code language} null: every language).
     */
    public List<CannedReply> mine(String language) {
        StaffMember me = access.requireMe();
        boolean everyTeam = me.role() == StaffRole.ADMIN || me.role() == StaffRole.MANAGER;
        String l = CannedReplyRules.language(language);
        // conditions left out rather than null parameters (PostgreSQL cannot type a bare "? is null")
        var query = em.createQuery("select c from CannedReply c where 1 = 1"
                + (everyTeam ? "" : " and (c.tier is null or c.tier = :tier)")
                + (l == null ? "" : " and (c.language is null or c.language = :language)")
                + " order by c.title", CannedReply.class).setMaxResults(MAX);
        if (!everyTeam) {
            query.setParameter("tier", teamOf(me));
        }
        if (l != null) {
            query.setParameter("language", l);
        }
        return query.getResultList();
    }

    /**
     * The reply's body for this ticket, its placeholders filled: the text to put into the reply box. The reply must
     * be one of the caller's ({@link #mine}); the ticket must exist.
     */
    public String fill(long ticketId, long replyId) {
        CannedReply reply = mine(null).stream().filter(c -> c.getId() == replyId).findFirst()
                .orElseThrow(() -> DeskException.notFound("replyId", "canned reply", replyId));
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw DeskException.notFound("ticketId", "ticket", ticketId);
        }
        StaffMember me = access.requireMe();
        return CannedReplyRules.fill(reply.getBody(), Map.of("{ticket}", String.valueOf(ticketId),
                "{agent}", me.displayName() == null ? me.username() : me.displayName(),
                "{project}", ticket.getProject().getCode()));
    }

    private static Tier teamOf(StaffMember me) {
        return me.role() == StaffRole.QUALITY_CONTROL ? Tier.QUALITY_CONTROL : me.tier() == null ? Tier.L1 : me.tier();
    }
}
