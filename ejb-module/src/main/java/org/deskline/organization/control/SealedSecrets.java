package org.deskline.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.deskline.organization.entity.ProjectSecret;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.control.SecretKeys;

/**
 * A project's access details (hosting, admin panel), sealed with the secret keys and bound to their project and label,
 * whoever sends them: an administrator in the console or the customer's system over SOAP (seed 000). The value is
 * never stored or logged in plain text; only an administrator's audited reveal opens it.
 */
@ApplicationScoped
public class SealedSecrets {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretKeys keys;

    @Inject
    Clock clock;

    /** The project's secrets, labels only, by label. */
    public List<ProjectSecret> of(long projectId) {
        return em.createNamedQuery(ProjectSecret.OF_PROJECT, ProjectSecret.class).setParameter("project", projectId)
                .getResultList();
    }

    /**
     * Stores the value under the label, replacing an earlier one of the same label; refused ({@code VALIDATION})
     * when the label or the value is empty or too long, and ({@code LIMIT_EXCEEDED}) for a new label beyond
     * {@link OrganizationRules#SECRETS_PER_PROJECT}.
     */
    public ProjectSecret store(long projectId, String label, String value, String by) {
        String l = OrganizationRules.text(label, "label", OrganizationRules.SECRET_LABEL_LENGTH);
        String v = OrganizationRules.text(value, "value", OrganizationRules.SECRET_VALUE_LENGTH);
        if (v.getBytes(StandardCharsets.UTF_8).length > OrganizationRules.SECRET_VALUE_BYTES) {
            throw DeskException.invalid("value", null, "At most " + OrganizationRules.SECRET_VALUE_BYTES
                    + " bytes in UTF-8 (about " + OrganizationRules.SECRET_VALUE_BYTES / 2 + " Persian or Russian "
                    + "letters).");
        }
        List<ProjectSecret> existing = of(projectId);
        ProjectSecret secret = existing.stream().filter(s -> s.getLabel().equals(l)).findFirst().orElse(null);
        if (secret == null) {
            if (existing.size() >= OrganizationRules.SECRETS_PER_PROJECT) {
                throw new DeskException(ErrorCode.LIMIT_EXCEEDED, "label", null, "A project keeps at most "
                        + OrganizationRules.SECRETS_PER_PROJECT + " access details; send a new value under an "
                        + "existing label to replace it.");
            }
            secret = new ProjectSecret(projectId, l);
            em.persist(secret);
        }
        secret.seal(keys.box().seal(v, context(projectId, l)), by, clock.instant());
        return secret;
    }

    /** The plain value (the caller checks the role and audits the reading). */
    public String open(ProjectSecret secret) {
        return keys.box().open(secret.getCiphertext(), context(secret.getProjectId(), secret.getLabel()));
    }

    private static String context(long projectId, String label) {
        return "project:" + projectId + ":" + label;
    }
}
