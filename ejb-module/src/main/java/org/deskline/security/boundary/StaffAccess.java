package org.deskline.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.control.StaffMember;
import org.deskline.security.control.StaffRules;
import org.deskline.security.entity.Groups;
import org.deskline.security.entity.StaffUser;
import org.deskline.security.control.WorkItems;
import org.deskline.security.control.WorkItems.WorkItem;
import org.deskline.security.entity.Tier;

/**
 * Answers whether the signed-in staff member may change a ticket ({@link StaffRules}), from the stored account and
 * ticket. The member is always the caller principal (issue 16): the EJBs that act ask here, inside their own
 * transaction, so a console page's rules are never the only guard and no caller can act in another's name.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class StaffAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkItems work;

    @Inject
    Principal caller;

    /** The signed-in staff member's user name. */
    public String me() {
        return caller.getName();
    }

    /** The signed-in member's account, if it is (still) an active one. */
    public Optional<StaffMember> member() {
        return member(me());
    }

    /** The signed-in member, refused with FORBIDDEN when the account is disabled or gone. */
    public StaffMember requireMe() {
        return require(me());
    }

    /** Whether the signed-in member may change the ticket (the page shows the actions, or says why not). */
    public boolean mayWork(long ticketId) {
        return mayWork(me(), ticketId);
    }

    /** Refuses with FORBIDDEN (rule S5) unless the ticket is the signed-in member's to change; returns the name. */
    public String requireWork(long ticketId) {
        requireWork(me(), ticketId);
        return me();
    }

    /** Refuses unless the signed-in member may give tickets to others; returns the name. */
    public String requireAssign() {
        requireAssign(me());
        return me();
    }

    /** Any active account by name (an assignee, say). */
    public Optional<StaffMember> member(String username) {
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class).setParameter("username", username)
                .getResultStream().filter(StaffUser::isActive).findFirst().map(StaffMember::of);
    }

    public StaffMember require(String username) {
        return member(username).orElseThrow(() -> new DeskException(ErrorCode.FORBIDDEN, null, null,
                "Your account is not an active staff account any more."));
    }

    public boolean exists(long ticketId) {
        return work.find(ticketId).isPresent();
    }

    /** The ticket's current tier (L1 before any escalation). */
    public Tier tierOf(long ticketId) {
        return StaffRules.tierOf(work.find(ticketId).map(WorkItem::tier).orElse(null));
    }

    private boolean mayWork(String username, long ticketId) {
        Optional<StaffMember> member = member(username);
        Optional<WorkItem> item = work.find(ticketId);
        return member.isPresent() && item.isPresent() && StaffRules.mayWork(member.get().role(), member.get().tier(),
                StaffRules.tierOf(item.get().tier()), item.get().qualityReview());
    }

    private void requireWork(String username, long ticketId) {
        StaffMember member = require(username);
        WorkItem item = work.find(ticketId).orElseThrow(() -> DeskException.notFound("ticketId", "ticket", ticketId));
        StaffRules.checkWork(member.role(), member.tier(), StaffRules.tierOf(item.tier()), item.qualityReview(),
                ticketId);
    }

    private void requireAssign(String username) {
        StaffRules.checkAssign(require(username).role());
    }
}
