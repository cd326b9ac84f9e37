package org.deskline.sla.entity;

import java.util.EnumMap;
import java.util.Map;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.TicketKind;

/**
 * S5 (seed 004): which tier a ticket starts at, and whether a tier's reaction target passing escalates by itself.
 * The seed classifies requests by the kind of question: L1 consultants take payments, documents, meetings and basic
 * functionality, L2 project managers technical and product consultation, L3 engineers what L2 could not solve. Its
 * "from 4 hours" is the working time a tier may take, so a passed reaction target warns and alerts the managers; it
 * escalates on its own only where the plan says so.
 *
 * @param autoEscalate whether a passed tier reaction target moves the ticket up by itself (default: no)
 * @param categories   the starting tier of a support ticket per category; a category not named starts at L1
 * @param development  the starting tier of a development request (default L2: the project manager reviews it and
 *                     writes the proposal, T1)
 */
public record TierRouting(boolean autoEscalate, Map<Category, Tier> categories, Tier development) {

    public static final TierRouting DEFAULT = new TierRouting(false, Map.of(), Tier.L2);

    public TierRouting {
        Map<Category, Tier> copy = new EnumMap<>(Category.class);
        if (categories != null) {
            categories.forEach((category, tier) -> {
                if (category != null && tier != null) {
                    copy.put(category, tier);
                }
            });
        }
        categories = Map.copyOf(copy);
        development = development == null ? Tier.L2 : development;
    }

    /** The tier a new ticket of this kind and category starts at. */
    public Tier startTier(TicketKind kind, Category category) {
        if (kind == TicketKind.DEVELOPMENT_REQUEST) {
            return development;
        }
        return category == null ? Tier.L1 : categories.getOrDefault(category, Tier.L1);
    }

    /** Quality control reviews what the engineering tiers finished; no ticket starts there. */
    public TierRouting check() {
        categories.forEach((category, tier) -> startable(tier, "routing." + category));
        startable(development, "routing.DEVELOPMENT_REQUEST");
        return this;
    }

    private static void startable(Tier tier, String field) {
        if (tier == Tier.QUALITY_CONTROL) {
            throw DeskException.invalid(field, "S5", "A ticket starts at L1, L2 or L3; quality control only "
                    + "reviews what the tiers before it did.");
        }
    }
}
