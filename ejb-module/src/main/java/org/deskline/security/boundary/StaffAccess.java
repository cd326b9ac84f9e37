package org.deskline.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.control.StaffMember;
import org.deskline.security.control.StaffRules;
import org.deskline.security.entity.StaffUser;
import org.deskline.sla.control.SlaTiers;
import org.deskline.sla.entity.Tier;
import org.deskline.ticket.entity.Ticket;

/** Answers whether a console user may change a ticket ({@link StaffRules}), from the stored account and ticket. */
@Stateless
public class StaffAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    SlaTiers tiers;

    public Optional<StaffMember> member(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class).setParameter("username", username)
                .getResultStream().filter(StaffUser::isActive).findFirst().map(StaffMember::of);
    }

    public StaffMember require(String username) {
        return member(username).orElseThrow(() -> new DeskException(ErrorCode.FORBIDDEN, null, null,
                "Your account is not an active staff account any more."));
    }

    public boolean exists(long ticketId) {
        return em.find(Ticket.class, ticketId) != null;
    }

    /** The ticket's current tier (L1 before any escalation). */
    public Tier tierOf(long ticketId) {
        return StaffRules.tierOf(tiers.current(ticketId).orElse(null));
    }

    public boolean mayWork(String username, long ticketId) {
        Optional<StaffMember> member = member(username);
        Ticket ticket = em.find(Ticket.class, ticketId);
        return member.isPresent() && ticket != null && StaffRules.mayWork(member.get().role(), member.get().tier(),
                tierOf(ticketId), ticket.isQualityReview());
    }

    /** Refuses with FORBIDDEN (rule S5) when the ticket is not this user's to change. */
    public void requireWork(String username, long ticketId) {
        StaffMember member = require(username);
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw DeskException.notFound("ticketId", "ticket", ticketId);
        }
        StaffRules.checkWork(member.role(), member.tier(), tierOf(ticketId), ticket.isQualityReview(), ticketId);
    }

    public void requireAssign(String username) {
        StaffRules.checkAssign(require(username).role());
    }
}
