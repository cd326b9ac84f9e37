package org.deskline.api.soap;

import org.deskline.platform.soap.XmlTimes;
import java.time.Duration;
import java.util.Comparator;
import org.deskline.sla.control.CalendarDraft;
import org.deskline.sla.control.CalendarSummary;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.control.SlaReport;
import org.deskline.sla.control.SlaStanding;
import org.deskline.sla.entity.SupportPlan;

/** SLA transfer types from their domain counterparts. */
final class SlaMapper {


    private SlaMapper() {
    }

    static SlaMetricRecord toRecord(SlaStanding s) {
        SlaMetricRecord r = new SlaMetricRecord();
        r.metric = s.metric().name();
        r.round = s.round();
        r.state = s.state().name();
        r.target = XmlTimes.of(s.target());
        r.calendar = s.calendar();
        r.startedAt = XmlTimes.of(s.startedAt());
        r.warnAt = XmlTimes.of(s.warnAt());
        r.dueAt = XmlTimes.of(s.dueAt());
        r.endedAt = XmlTimes.of(s.endedAt());
        r.elapsed = XmlTimes.of(s.elapsed());
        r.remaining = XmlTimes.of(s.remaining());
        r.paused = s.paused();
        r.breached = s.breached();
        r.explanation = s.explanation();
        return r;
    }

    /** The plan, with the ticket numbers in force for the caller (T6, T8, T9). */
    static PlanRecord toRecord(SupportPlan plan, org.deskline.ticket.control.TicketPolicy numbers) {
        PlanRecord r = new PlanRecord();
        r.autoCloseHours = numbers.autoCloseAfter().toHours();
        r.reopenDays = numbers.reopenWindow().toDays();
        r.maxActiveSupport = numbers.maxActiveSupport();
        r.maxActiveDevelopment = numbers.maxActiveDevelopment();
        r.code = plan.getCode();
        r.name = plan.getName();
        r.coverage = plan.getCoverage().name();
        r.unofferedPriority = plan.rule().unoffered().name();
        r.nextResponse = XmlTimes.of(plan.nextResponse());
        r.emergencyResponse = XmlTimes.of(plan.emergencyResponse());
        r.emergencyResolution = XmlTimes.of(plan.emergencyResolution());
        r.proposal = XmlTimes.of(plan.proposalTarget());
        r.calendar = plan.getCoverage() == SlaPlan.Coverage.ALL_DAY
                ? SlaCalendars.ALL_DAY : plan.getCalendarCode();
        plan.getTargets().stream().sorted(Comparator.comparing(t -> t.getPriority().ordinal())).forEach(t -> {
            PlanRecord.Target target = new PlanRecord.Target();
            target.priority = PriorityCode.valueOf(t.getPriority().name());
            target.response = XmlTimes.of(t.response());
            target.resolution = XmlTimes.of(t.resolution());
            r.target.add(target);
        });
        return r;
    }

    static CalendarRecord toRecord(CalendarSummary calendar) {
        CalendarRecord r = new CalendarRecord();
        r.code = calendar.code();
        r.name = calendar.name();
        r.zone = calendar.zone();
        calendar.openings().forEach(o -> {
            CalendarRecord.Opening opening = new CalendarRecord.Opening();
            opening.day = o.getDay().name();
            opening.from = CalendarDraft.hhmm(o.getFromMinute());
            opening.to = CalendarDraft.hhmm(o.getToMinute());
            r.opening.add(opening);
        });
        calendar.holidays().forEach(h -> {
            CalendarRecord.Holiday holiday = new CalendarRecord.Holiday();
            holiday.date = XmlTimes.of(h.getDay());
            holiday.name = h.getName();
            r.holiday.add(holiday);
        });
        return r;
    }

    static ComplianceReportRecord toRecord(SlaReport report) {
        ComplianceReportRecord r = new ComplianceReportRecord();
        r.from = XmlTimes.of(report.from());
        r.to = XmlTimes.of(report.to());
        report.rows().forEach(row -> {
            ComplianceReportRecord.Row out = new ComplianceReportRecord.Row();
            out.plan = row.planCode();
            out.metric = row.metric().name();
            out.clocks = row.clocks();
            out.metInTime = row.metInTime();
            out.breached = row.breached();
            out.open = row.open();
            out.cancelled = row.cancelled();
            out.compliancePercent = row.compliancePercent() == null ? null
                    : Math.round(row.compliancePercent() * 10) / 10.0;
            r.row.add(out);
        });
        report.timePerTier().forEach((tier, time) -> r.tier.add(spent(tier.name(), time)));
        report.timePerDeferralReason().forEach((reason, time) -> r.deferral.add(spent(reason, time)));
        r.ratings = report.ratings();
        r.averageRating = report.averageRating() == null ? null : Math.round(report.averageRating() * 100) / 100.0;
        r.emergenciesCleared = report.emergenciesCleared();
        return r;
    }

    private static ComplianceReportRecord.Spent spent(String name, Duration time) {
        ComplianceReportRecord.Spent s = new ComplianceReportRecord.Spent();
        s.name = name;
        s.time = XmlTimes.of(time);
        return s;
    }
}
