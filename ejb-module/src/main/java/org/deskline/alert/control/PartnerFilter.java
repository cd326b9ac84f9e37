package org.deskline.alert.control;

import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.alert.entity.AlertType;

/**
 * The broker-side filter of a partner's queue, on the message properties the relay sets (docs/alerts.md): only
 * alerts of its organizations, and of its alert types when it chose some. A partner cannot change it: it is part
 * of the queue, not of the consumer's selector.
 */
public final class PartnerFilter {

    /** Matches no message: a queue of a partner without organizations stays empty. */
    static final String NOTHING = "organizationId IS NULL AND organizationId IS NOT NULL";

    private PartnerFilter() {
    }

    public static String of(Set<Long> organizationIds, Set<AlertType> types) {
        if (organizationIds.isEmpty()) {
            return NOTHING;
        }
        // IN takes string literals only; organizationId is a long property
        String organizations = organizationIds.stream().sorted().map(id -> AlertPublisher.ORGANIZATION_ID + " = " + id)
                .collect(Collectors.joining(" OR ", "(", ")"));
        if (types.isEmpty()) {
            return organizations;
        }
        return organizations + " AND " + AlertPublisher.TYPE + " IN " + types.stream().map(Enum::name).sorted()
                .map(t -> "'" + t + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
