package org.deskline.alert.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import org.deskline.alert.entity.AlertType;
import org.deskline.alert.entity.DeliveryState;
import org.deskline.alert.entity.Severity;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.Messages;
import org.deskline.platform.control.JsonDocs;

/**
 * Issue 20: what the live alert script needs to show a pushed alert as the page shows the others: the labels of
 * alert types, severities and delivery states in the page's language, and the user's time zone and calendar.
 * The pushed message carries codes and UTC instants (one message for every reader); each page says them its way.
 */
@Named
@RequestScoped
public class AlertLabels {

    @Inject
    DisplayFormats formats;

    public String getJson() {
        JsonObjectBuilder types = JsonDocs.object();
        for (AlertType type : AlertType.values()) {
            types.add(type.name(), formats.label(type));
        }
        JsonObjectBuilder severities = JsonDocs.object();
        for (Severity severity : Severity.values()) {
            severities.add(severity.name(), formats.label(severity));
        }
        return JsonDocs.object().add("types", types).add("severities", severities)
                .add("sent", formats.label(DeliveryState.SENT)).add("justArrived", Messages.text("alerts.justArrived"))
                .add("zone", DisplayFormats.zone().getId())
                .add("persian", "fa".equals(Messages.locale().getLanguage())).build().toString();
    }
}
