package org.deskline.alert.boundary;

import org.deskline.alert.control.AlertLog;
import org.deskline.security.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.deskline.alert.control.BrokerSecrets;
import org.deskline.alert.control.PartnerQueues;
import org.deskline.alert.entity.AlertType;
import org.deskline.alert.entity.Partner;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.control.Passwords;
import org.deskline.security.entity.Groups;

/**
 * Integration partners, for admins (the console): who may read alerts from the broker, of which organizations and
 * alert types. The broker follows every change after commit, without a restart (PartnerQueues): the partner's
 * queue filter, its account, and for a partner turned off its queue and open consumers.
 */
@Stateless
@RolesAllowed(Groups.ADMIN)
public class PartnerAdmin {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9-]{2,59}");
    private static final int MIN_PASSWORD = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    Event<PartnerQueues.PartnersChanged> changed;

    public List<Partner> partners() {
        return em.createQuery("select p from Partner p order by p.name, p.id", Partner.class).getResultList();
    }

    public Partner partner(long id) {
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            throw DeskException.notFound("partner", "partner", id);
        }
        return partner;
    }

    @Audited
    public Partner create(String name, String username,
                          @Audited.Redacted String password, Set<Long> organizations,
                          Set<AlertType> types) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw DeskException.invalid("username", null, "A partner's user name is 3-60 lower-case letters, digits "
                    + "or -, starting with a letter (it names the partner's queue).");
        }
        if (!em.createQuery("select p.id from Partner p where p.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty()) {
            throw DeskException.invalid("username", null, "A partner " + username + " exists already.");
        }
        checkPassword(password);
        check(name, organizations);
        Partner partner = new Partner(name.strip(), username, passwords.hash(password),
                BrokerSecrets.hash(password), clock.instant());
        partner.grant(name.strip(), true, organizations, types);
        em.persist(partner);
        changed.fire(new PartnerQueues.PartnersChanged());
        return partner;
    }

    /** New grants; a new password when one is given. */
    @Audited
    public Partner update(long id, long readVersion, String name, boolean active, Set<Long> organizations,
                          Set<AlertType> types, @Audited.Redacted String newPassword) {
        Partner partner = partner(id);
        if (partner.getVersion() != readVersion) {
            throw new DeskException(ErrorCode.CONCURRENT_MODIFICATION, "partner", null, "Someone else changed this "
                    + "partner meanwhile: open it again to see the change, then edit.")
                    .because("refusal.changedMeanwhile");
        }
        check(name, organizations);
        if (newPassword != null && !newPassword.isEmpty()) {
            checkPassword(newPassword);
            partner.changePassword(passwords.hash(newPassword), BrokerSecrets.hash(newPassword));
        }
        partner.grant(name.strip(), active, organizations, types);
        changed.fire(new PartnerQueues.PartnersChanged());
        return partner;
    }

    private void check(String name, Set<Long> organizations) {
        if (name == null || name.isBlank() || name.length() > AlertLog.NAME_LENGTH) {
            throw DeskException.invalid("name", null, "A partner needs a name of at most " + AlertLog.NAME_LENGTH
                    + " characters.");
        }
        if (organizations == null || organizations.isEmpty()) {
            throw DeskException.invalid("organizations", null, "Grant the partner at least one organization: it "
                    + "receives the alerts of those only.");
        }
        for (Long id : organizations) {
            if (id == null || em.find(Organization.class, id) == null) {
                throw DeskException.notFound("organizations", "organization", id);
            }
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw DeskException.invalid("password", null, "A partner's password has at least " + MIN_PASSWORD
                    + " characters.");
        }
    }
}
