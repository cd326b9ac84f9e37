package org.deskline.sla.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.platform.boundary.DurationText;
import org.deskline.sla.boundary.SlaBoard;

/** S6: the "breaching soon" view: running clocks due within a horizon (1 h by default), overdue ones first. */
@Named
@RequestScoped
public class BreachingView {

    private static final int MAX = 500;

    @Inject
    SlaBoard board;

    private String within = "1h";
    private List<SlaBoard.DueClock> clocks = List.of();

    public void load() {
        clocks = board.due(DurationText.parse(within, "within", "S6"), MAX);
    }

    public List<String> getChoices() {
        return List.of("15m", "1h", "4h", "1d", "7d");
    }

    public String getWithin() {
        return within;
    }

    public void setWithin(String within) {
        this.within = within == null || within.isBlank() ? "1h" : within;
    }

    public List<SlaBoard.DueClock> getClocks() {
        return clocks;
    }

    public long getOverdue() {
        return clocks.stream().filter(c -> c.standing().breached()).count();
    }
}
