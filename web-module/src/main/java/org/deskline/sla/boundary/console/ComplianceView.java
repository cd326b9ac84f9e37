package org.deskline.sla.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.deskline.organization.boundary.Organizations;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.security.entity.Tier;
import org.deskline.sla.boundary.SlaAdmin;
import org.deskline.sla.boundary.SlaBoard;
import org.deskline.sla.control.SlaReport;
import org.deskline.sla.entity.SupportPlan;

/**
 * S7 in the console: compliance across organizations for a period of days (the reader's days, in their time zone, as
 * the console shows times: issue 20), for
 * every organization or one, every plan or one: per plan (the one each clock ran on), organization and clock kind,
 * then time per tier, time per deferral reason, ratings and emergency flags cleared. The filter is in the address,
 * so a report can be bookmarked and shared.
 */
@Named
@RequestScoped
public class ComplianceView {

    @Inject
    SlaBoard board;

    @Inject
    SlaAdmin admin;

    @Inject
    Organizations organizations;

    @Inject
    Clock clock;

    @Inject
    org.deskline.platform.boundary.ViewerZone viewer;

    private String from;
    private String to;
    private Long organizationId;
    private String plan;
    private SlaReport report;
    private List<Organization> organizationChoices = List.of();
    private List<SupportPlan> planChoices = List.of();

    /** The last 30 days unless the address says otherwise. */
    public void load() {
        organizationChoices = organizations.all();
        planChoices = admin.plans();
        java.time.ZoneId zone = viewer.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        try {
            LocalDate first = day(from, "from", today.minusDays(29));
            LocalDate last = day(to, "to", today);
            from = first.toString();
            to = last.toString();
            report = board.report(organizationId, plan, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant());
        } catch (DeskException e) {
            FacesErrors.show(e);
        }
    }

    private static LocalDate day(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return DisplayFormats.typedDay(text);
        } catch (DateTimeParseException e) {
            throw DeskException.invalid(field, "S7", "Type the day as 2026-12-01.");
        }
    }

    public List<SlaReport.Row> getRows() {
        return report == null ? List.of() : report.rows();
    }

    /** Every tier, with the time spent there (zero where none). */
    public List<Map.Entry<Tier, Duration>> getTiers() {
        return report == null ? List.of() : java.util.Arrays.stream(Tier.values())
                .map(t -> Map.entry(t, report.timePerTier().getOrDefault(t, Duration.ZERO))).toList();
    }

    public List<Map.Entry<String, Duration>> getReasons() {
        return report == null ? List.of() : List.copyOf(report.timePerDeferralReason().entrySet());
    }

    public SlaReport getReport() {
        return report;
    }

    public List<Organization> getOrganizations() {
        return organizationChoices;
    }

    public List<SupportPlan> getPlans() {
        return planChoices;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
