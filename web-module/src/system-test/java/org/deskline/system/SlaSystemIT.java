package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.deskline.client.ticket.ComplianceReport;
import org.deskline.client.ticket.ComplianceRow;
import org.deskline.client.ticket.Calendar;
import org.deskline.client.ticket.CalendarOpening;
import org.deskline.client.ticket.DeskFaultInfo;
import org.deskline.client.ticket.HistoryEntry;
import org.deskline.client.ticket.NewTicket;
import org.deskline.client.ticket.Plan;
import org.deskline.client.ticket.PlanTarget;
import org.deskline.client.ticket.Priority;
import org.deskline.client.ticket.SlaMetric;
import org.deskline.client.ticket.Ticket;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.client.ticket.TimeSpent;
import org.junit.jupiter.api.Test;

/**
 * S1, S4, S6 from outside: plans over SOAP, clocks explained by getSlaStatus, and warnings and breaches reaching a
 * partner's consumer on the broker at their moment, in order, once. The demo customer Quickstep Labs is on a
 * stopwatch plan (first response 12 s, 24/7), so a deadline passes within the test.
 */
class SlaSystemIT {

    static final String QS_CLIENT = "erp-quickstep";
    static final String QS_SECRET = "erp-quickstep-secret";
    private static final String BROKER = System.getProperty("desk.broker.url", "tcp://127.0.0.1:18616");

    @Test
    void s6_warning_then_breach_reach_an_external_consumer_at_their_moment_once() throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(BROKER).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createTopic("deskline.alerts"));
            connection.start();

            TicketPortType qs = Soap.tickets(QS_CLIENT, QS_SECRET);
            Ticket ticket = qs.createTicket(TicketServiceSystemIT.newTicket("QS-LAB", "Stopwatch " + System.nanoTime()));
            SlaMetric first = metric(qs.getSlaStatus(ticket.getTicketId()), "FIRST_RESPONSE");
            assertThat(first.getState()).isEqualTo("RUNNING");
            assertThat(first.getTarget().toString()).isEqualTo("PT12S");
            assertThat(first.getCalendar()).isEqualTo("24/7");
            Instant warnAt = instant(first.getWarnAt());
            Instant dueAt = instant(first.getDueAt());
            assertThat(Duration.between(instant(first.getStartedAt()), warnAt)).isEqualTo(Duration.ofSeconds(9));
            assertThat(Duration.between(warnAt, dueAt)).isEqualTo(Duration.ofSeconds(3));

            List<JsonObject> alerts = new ArrayList<>();
            List<Instant> arrivals = new ArrayList<>();
            Instant until = dueAt.plusSeconds(6); // long enough to see a second breach, if there were one
            while (Instant.now().isBefore(until)) {
                Message m = consumer.receive(500);
                if (m instanceof TextMessage text) {
                    JsonObject alert = Json.createReader(new StringReader(text.getText())).readObject();
                    if (AlertJson.ticketId(alert) == ticket.getTicketId()
                            && alert.containsKey("sla")
                            && alert.getJsonObject("sla").getString("metric").equals("FIRST_RESPONSE")) {
                        alerts.add(alert);
                        arrivals.add(Instant.now());
                    }
                }
            }
            assertThat(alerts).extracting(a -> a.getString("type")).containsExactly("SLA_WARNING", "SLA_BREACHED");
            // event-driven, not a sweep: each arrives at its moment (never before), seconds at most after it
            assertThat(arrivals.get(0)).isBetween(warnAt, warnAt.plusSeconds(5));
            assertThat(arrivals.get(1)).isBetween(dueAt, dueAt.plusSeconds(5));
            JsonObject breach = alerts.get(1);
            assertThat(breach.getString("severity")).isEqualTo("CRITICAL");
            assertThat(breach.getJsonObject("sla").getString("dueAt")).isEqualTo(dueAt.toString());
            assertThat(breach.getJsonObject("sla").getString("target")).isEqualTo("PT12S");
            assertThat(breach.getJsonObject("organization").getString("name")).isEqualTo("Quickstep Labs");

            SlaMetric after = metric(qs.getSlaStatus(ticket.getTicketId()), "FIRST_RESPONSE");
            assertThat(after.isBreached()).isTrue();
            assertThat(after.getRemaining().getSign()).isNegative();
            assertThat(after.getExplanation()).contains("calendar '24/7'", "started ",
                    "due " + dueAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " because");
        }
    }

    @Test
    void s1_the_plan_is_readable_and_a_priority_it_lacks_is_downgraded_saying_so() throws Exception {
        TicketPortType northwind = Soap.tickets(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);
        Plan plan = northwind.getPlan(null);
        assertThat(plan.getCode()).isEqualTo("BASIC");
        assertThat(plan.getCoverage()).isEqualTo("BUSINESS_HOURS");
        assertThat(plan.getUnofferedPriority()).isEqualTo("DOWNGRADE");
        assertThat(plan.getTarget()).extracting(PlanTarget::getPriority).containsExactly(Priority.NORMAL, Priority.LOW);
        assertThat(plan.getTarget().get(0).getResponse().toString()).isEqualTo("PT24H");

        NewTicket request = TicketServiceSystemIT.newTicket("NW-PORTAL", "Invoices export hangs " + System.nanoTime());
        request.setPriority(Priority.HIGH);
        Ticket ticket = northwind.createTicket(request);
        assertThat(ticket.getPriority()).isEqualTo(Priority.NORMAL);
        List<HistoryEntry> history = northwind.getTicketHistory(ticket.getTicketId());
        assertThat(history.get(0).getDetail()).contains("plan Basic", "does not offer HIGH", "taken as NORMAL");

        assertThat(Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET).getPlan(null).getCode()).isEqualTo("ENTERPRISE");

        // B1: a project's plan (its own subscription's, else the organization's); a foreign project is a missing one
        assertThat(northwind.getPlan("NW-PORTAL").getCode()).isEqualTo("BASIC");
        DeskFaultInfo foreign = TicketServiceSystemIT.fault(() -> northwind.getPlan("DEMO-SHOP"));
        DeskFaultInfo missing = TicketServiceSystemIT.fault(() -> northwind.getPlan("NO-SUCH-PROJECT"));
        assertThat(foreign.getCode()).isEqualTo("NOT_FOUND");
        assertThat(foreign.getField()).isEqualTo("projectCode");
        assertThat(foreign.getMessage()).isEqualTo(missing.getMessage().replace("NO-SUCH-PROJECT", "DEMO-SHOP"));
    }

    @Test
    void s2_s3_getCalendar_describes_the_week_clocks_run_on_and_refuses_a_year_out_of_range() throws Exception {
        TicketPortType northwind = Soap.tickets(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);
        assertThat(northwind.getPlan(null).getCalendar()).isEqualTo("BUSINESS");
        Calendar business = northwind.getCalendar(null);
        assertThat(business.getCode()).isEqualTo("BUSINESS");
        assertThat(business.getZone()).isEqualTo("Asia/Tehran");
        assertThat(business.getOpening()).extracting(CalendarOpening::getDay).containsExactly(
                "MONDAY", "TUESDAY", "WEDNESDAY", "SATURDAY", "SUNDAY");
        assertThat(business.getOpening()).allSatisfy(o -> {
            assertThat(o.getFrom()).isEqualTo("08:00");
            assertThat(o.getTo()).isEqualTo("16:30");
        });

        // S3: a 24/7 plan runs on the built-in calendar, every day 00:00-24:00, no holidays
        Calendar allDay = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET).getCalendar(2026);
        assertThat(allDay.getCode()).isEqualTo("ALL_DAY");
        assertThat(allDay.getOpening()).hasSize(7).allSatisfy(o -> assertThat(o.getFrom() + "-" + o.getTo())
                .isEqualTo("00:00-24:00"));
        assertThat(allDay.getHoliday()).isEmpty();

        DeskFaultInfo year = TicketServiceSystemIT.fault(() -> northwind.getCalendar(1066));
        assertThat(year.getCode()).isEqualTo("VALIDATION");
        assertThat(year.getField()).isEqualTo("year");
        assertThat(year.getRule()).isEqualTo("S2");
    }

    @Test
    void s2_a_business_hours_deadline_falls_inside_the_working_week() throws Exception {
        TicketPortType northwind = Soap.tickets(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);
        Ticket ticket = northwind.createTicket(
                TicketServiceSystemIT.newTicket("NW-PORTAL", "Report totals are wrong " + System.nanoTime()));
        SlaMetric first = metric(northwind.getSlaStatus(ticket.getTicketId()), "FIRST_RESPONSE");
        assertThat(first.getCalendar()).isEqualTo("Business week (Sat-Wed 08:00-16:30, Tehran)");
        ZonedDateTime due = instant(first.getDueAt()).atZone(ZoneId.of("Asia/Tehran"));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(due.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(16, 30));
        // 24 h of business time are three working days of 8.5 h, give or take the remainder: never 24 wall hours
        assertThat(Duration.between(instant(first.getStartedAt()), due.toInstant())).isGreaterThan(Duration.ofHours(48));
        assertThat(metric(northwind.getSlaStatus(ticket.getTicketId()), "RESOLUTION").getState())
                .isEqualTo("RUNNING");
    }

    @Test
    void s4_another_organizations_ticket_answers_getSlaStatus_like_a_missing_one() throws Exception {
        Ticket mine = Soap.tickets(QS_CLIENT, QS_SECRET)
                .createTicket(TicketServiceSystemIT.newTicket("QS-LAB", "Private stopwatch " + System.nanoTime()));
        TicketPortType other = Soap.tickets(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);
        DeskFaultInfo foreign = TicketServiceSystemIT.fault(() -> other.getSlaStatus(mine.getTicketId()));
        DeskFaultInfo missing = TicketServiceSystemIT.fault(() -> other.getSlaStatus(987_654_321L));
        assertThat(foreign.getCode()).isEqualTo("NOT_FOUND").isEqualTo(missing.getCode());
        assertThat(foreign.getField()).isEqualTo("ticketId").isEqualTo(missing.getField());
        assertThat(foreign.getMessage().replace(String.valueOf(mine.getTicketId()), "#"))
                .isEqualTo(missing.getMessage().replace("987654321", "#"));
    }

    @Test
    void s4_getSlaStatus_with_a_malformed_id_is_a_validation_fault() throws Exception {
        Soap.Response r = Soap.post(Soap.envelope("<t:getSlaStatus><t:ticketId>twelve</t:ticketId></t:getSlaStatus>"),
                QS_CLIENT, QS_SECRET);
        assertThat(r.status()).isEqualTo(500);
        assertThat(Soap.element(r.body(), "code")).isEqualTo("VALIDATION");
        assertThat(Soap.element(r.body(), "field")).isEqualTo("ticketId");
    }

    @Test
    void s7_the_compliance_report_covers_the_callers_clocks_and_refuses_a_backward_period() throws Exception {
        TicketPortType qs = Soap.tickets(QS_CLIENT, QS_SECRET);
        qs.createTicket(TicketServiceSystemIT.newTicket("QS-LAB", "Counted in the report " + System.nanoTime()));
        javax.xml.datatype.DatatypeFactory xml = javax.xml.datatype.DatatypeFactory.newInstance();
        XMLGregorianCalendar from = xml.newXMLGregorianCalendar(Instant.now().minus(Duration.ofDays(1)).toString());
        XMLGregorianCalendar to = xml.newXMLGregorianCalendar(Instant.now().plus(Duration.ofDays(1)).toString());
        ComplianceReport report = qs.getComplianceReport(from, to);
        ComplianceRow first = report.getRow().stream().filter(r -> r.getMetric().equals("FIRST_RESPONSE"))
                .findFirst().orElseThrow();
        assertThat(first.getPlan()).isEqualTo("DEMO_STOPWATCH");
        assertThat(first.getClocks()).isPositive();
        assertThat(first.getMetInTime() + first.getBreached() + first.getOpen() + first.getCancelled())
                .as("every clock in exactly one column").isEqualTo(first.getClocks());
        assertThat(report.getRow()).extracting(ComplianceRow::getPlan).containsOnly("DEMO_STOPWATCH");
        assertThat(report.getTier()).extracting(TimeSpent::getName).contains("L1");

        DeskFaultInfo backwards = TicketServiceSystemIT.fault(() -> qs.getComplianceReport(to, from));
        assertThat(backwards.getCode()).isEqualTo("VALIDATION");
        assertThat(backwards.getField()).isEqualTo("to");
        assertThat(backwards.getRule()).isEqualTo("S7");

        Soap.Response garbage = Soap.post(Soap.envelope("<t:getComplianceReport><t:from>last week</t:from>"
                + "<t:to>2026-11-22T00:00:00Z</t:to></t:getComplianceReport>"), QS_CLIENT, QS_SECRET);
        assertThat(Soap.element(garbage.body(), "code")).isEqualTo("VALIDATION");
        assertThat(Soap.element(garbage.body(), "field")).isEqualTo("from");

        // a time without a zone is refused, not read in the server's zone (the same in every service: XmlTimes)
        Soap.Response zoneless = Soap.post(Soap.envelope("<t:getComplianceReport><t:from>2026-11-01T00:00:00</t:from>"
                + "<t:to>2026-11-22T00:00:00Z</t:to></t:getComplianceReport>"), QS_CLIENT, QS_SECRET);
        assertThat(Soap.element(zoneless.body(), "code")).isEqualTo("VALIDATION");
        assertThat(Soap.element(zoneless.body(), "field")).isEqualTo("from");
        assertThat(Soap.element(zoneless.body(), "message")).contains("time zone");
    }

    static SlaMetric metric(List<SlaMetric> status, String name) {
        return status.stream().filter(m -> m.getMetric().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " clock in " + status));
    }

    static Instant instant(XMLGregorianCalendar calendar) {
        return calendar.toGregorianCalendar().toZonedDateTime().toInstant();
    }
}
