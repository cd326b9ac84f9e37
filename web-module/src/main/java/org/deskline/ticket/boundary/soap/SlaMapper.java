package org.deskline.ticket.boundary.soap;

import java.time.Duration;
import java.util.Comparator;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import org.deskline.sla.control.CalendarDraft;
import org.deskline.sla.control.CalendarView;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaPlan;
import org.deskline.sla.control.SlaReport;
import org.deskline.sla.control.SlaStanding;
import org.deskline.sla.entity.SupportPlan;

/** SLA transfer types from their domain counterparts. */
final class SlaMapper {

    private static final DatatypeFactory XML = DatatypeFactory.newDefaultInstance();

    private SlaMapper() {
    }

    static SlaMetricRecord toRecord(SlaStanding s) {
        SlaMetricRecord r = new SlaMetricRecord();
        r.metric = s.metric().name();
        r.round = s.round();
        r.state = s.state().name();
        r.target = duration(s.target());
        r.calendar = s.calendar();
        r.startedAt = TicketMapper.xml(s.startedAt());
        r.warnAt = TicketMapper.xml(s.warnAt());
        r.dueAt = TicketMapper.xml(s.dueAt());
        r.endedAt = TicketMapper.xml(s.endedAt());
        r.elapsed = duration(s.elapsed());
        r.remaining = duration(s.remaining());
        r.paused = s.paused();
        r.breached = s.breached();
        r.explanation = s.explanation();
        return r;
    }

    static PlanRecord toRecord(SupportPlan plan) {
        PlanRecord r = new PlanRecord();
        r.code = plan.getCode();
        r.name = plan.getName();
        r.coverage = plan.getCoverage().name();
        r.unofferedPriority = plan.rule().unoffered().name();
        r.nextResponse = duration(plan.nextResponse());
        r.calendar = plan.getCoverage() == SlaPlan.Coverage.ALL_DAY
                ? SlaCalendars.ALL_DAY : plan.getCalendarCode();
        plan.getTargets().stream().sorted(Comparator.comparing(t -> t.getPriority().ordinal())).forEach(t -> {
            PlanRecord.Target target = new PlanRecord.Target();
            target.priority = PriorityCode.valueOf(t.getPriority().name());
            target.response = duration(t.response());
            target.resolution = duration(t.resolution());
            r.target.add(target);
        });
        return r;
    }

    static CalendarRecord toRecord(CalendarView calendar) {
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
            holiday.date = XML.newXMLGregorianCalendarDate(h.getDay().getYear(), h.getDay().getMonthValue(),
                    h.getDay().getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
            holiday.name = h.getName();
            r.holiday.add(holiday);
        });
        return r;
    }

    static ComplianceReportRecord toRecord(SlaReport report) {
        ComplianceReportRecord r = new ComplianceReportRecord();
        r.from = TicketMapper.xml(report.from());
        r.to = TicketMapper.xml(report.to());
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
        return r;
    }

    private static ComplianceReportRecord.Spent spent(String name, Duration time) {
        ComplianceReportRecord.Spent s = new ComplianceReportRecord.Spent();
        s.name = name;
        s.time = duration(time);
        return s;
    }

    /** Whole seconds in hours, minutes and seconds (PT12S, PT24H, PT120H, -PT3S): business time has no days. */
    private static javax.xml.datatype.Duration duration(Duration d) {
        long seconds = d.toSeconds();
        long s = Math.abs(seconds);
        long h = s / 3_600;
        long m = s % 3_600 / 60;
        long sec = s % 60;
        StringBuilder lexical = new StringBuilder(seconds < 0 ? "-PT" : "PT");
        if (h > 0) {
            lexical.append(h).append('H');
        }
        if (m > 0) {
            lexical.append(m).append('M');
        }
        if (sec > 0 || s == 0) {
            lexical.append(sec).append('S');
        }
        return XML.newDuration(lexical.toString());
    }
}
