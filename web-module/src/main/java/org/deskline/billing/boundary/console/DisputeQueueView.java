package org.deskline.billing.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deskline.billing.boundary.Disputes;
import org.deskline.billing.entity.TimeDispute;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * B6, the managers' queue: open disputes oldest first, each with the entry as billed; confirm it, or correct the
 * minutes worked (the entry is priced again, the package follows), always with a resolution for the customer.
 */
@Named
@ViewScoped
public class DisputeQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Disputes disputes;

    private List<TimeDispute> open = List.of();
    private final Map<Long, String> resolutions = new HashMap<>();
    private final Map<Long, Long> minutes = new HashMap<>();

    @PostConstruct
    void load() {
        open = disputes.openDisputes();
    }

    public List<TimeDispute> getOpen() {
        return open;
    }

    public TimeEntry entry(TimeDispute d) {
        return disputes.entry(d.getTimeEntryId());
    }

    public Map<Long, String> getResolutions() {
        return resolutions;
    }

    public Map<Long, Long> getMinutes() {
        return minutes;
    }

    public String confirm(long disputeId) {
        return settle(disputeId, true);
    }

    public String correct(long disputeId) {
        return settle(disputeId, false);
    }

    private String settle(long disputeId, boolean confirm) {
        TimeDispute d = disputes.settle(disputeId, confirm, minutes.get(disputeId), resolutions.get(disputeId));
        String id = String.valueOf(disputeId);
        String state = DisplayFormats.labelText(d.getState());
        FacesErrors.infoAfterRedirect(confirm ? Messages.text("done.disputeDecided", id, state)
                : Messages.text("done.disputeChanged", id, state, DisplayFormats.digits(d.getMinutesBefore()),
                        DisplayFormats.digits(d.getMinutesAfter())));
        return "/console/disputes?faces-redirect=true";
    }

}
