package org.deskline.sla.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.sla.boundary.SlaBoard;
import org.deskline.sla.control.SlaStanding;
import org.deskline.sla.entity.TierStint;

/**
 * The SLA part of the ticket page (S4 clocks with countdowns and explanations, S5 tiers): the page composes it with
 * the ticket's own view, so the ticket feature needs no SLA class (issue 17). Loaded once, in the view action.
 */
@Named
@RequestScoped
public class TicketSlaView {

    @Inject
    SlaBoard board;

    private List<SlaStanding> clocks = List.of();
    private List<TierStint> tiers = List.of();

    /** Reads the clocks and tiers of the ticket the page shows (none when the page names no ticket). */
    public void load(Long id) {
        if (id != null) {
            clocks = board.clocks(id);
            tiers = board.tierHistory(id);
        }
    }

    public List<SlaStanding> getClocks() {
        return clocks;
    }

    public List<TierStint> getTiers() {
        return tiers;
    }
}
