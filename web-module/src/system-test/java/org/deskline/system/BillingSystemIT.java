package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import org.deskline.client.billing.BillingPlan;
import org.deskline.client.billing.DeskFaultInfo;
import org.deskline.client.billing.Statement;
import org.deskline.client.billing.Subscription;
import org.deskline.client.billing.SubscriptionPortType;
import org.deskline.client.billing.SubscriptionService;
import org.junit.jupiter.api.Test;

/**
 * SubscriptionService as an ERP system meets it: a client generated from the live WSDL, the demo organizations'
 * subscriptions and hours (B1, B5), plan changes and renewal with their faults (B1), statements (B7), and tenant
 * isolation: another organization's ids answer exactly like missing ones.
 */
class BillingSystemIT {

    static SubscriptionPortType billing(String user, String secret) throws Exception {
        return Soap.signedIn(new SubscriptionService(new URL(Soap.BASE + "/ws/subscriptions?wsdl"))
                .getSubscriptionPort(), Soap.BASE, "/ws/subscriptions", user, secret);
    }

    static DeskFaultInfo fault(Soap.Call call) {
        return Soap.fault(DeskFaultInfo.class, call);
    }

    @Test
    void b1_b5_a_customer_reads_its_own_subscriptions_plans_and_hours_only() throws Exception {
        SubscriptionPortType demo = billing(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        SubscriptionPortType northwind = billing(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);

        List<Subscription> mine = demo.getSubscriptions();
        assertThat(mine).extracting(s -> s.getPlan().getCode())
                .containsExactlyInAnyOrder("SUPPORT-ENTERPRISE", "HOSTING-STANDARD");
        assertThat(mine).extracting(s -> s.getStatus().value()).containsOnly("ACTIVE");
        assertThat(demo.getPlans()).extracting(BillingPlan::getCode)
                .contains("SUPPORT-BASIC", "SUPPORT-ENTERPRISE", "HOSTING-STANDARD");
        assertThat(demo.getHoursBalance()).singleElement().satisfies(p -> {
            assertThat(p.getPurchasedMinutes()).isEqualTo(40 * 60);
            assertThat(p.getHourlyRate().getCurrency()).isEqualTo("EUR");
        });
        long packageId = demo.getHoursBalance().get(0).getId();
        assertThat(demo.getHoursMovements(packageId)).first().satisfies(m -> assertThat(m.getMinutes())
                .isEqualTo(40 * 60));

        // Northwind's Basic support ends within 30 days: the expiry watch warned (and it still is active)
        Subscription ending = northwind.getSubscriptions().get(0);
        assertThat(ending.getStatus().value()).isEqualTo("ACTIVE");
        assertThat(northwind.getSubscriptionHistory(ending.getId())).extracting(e -> e.getKind()).contains("CREATED");

        // tenants: a foreign id is NOT_FOUND with the message of a missing one
        long foreign = mine.get(0).getId();
        DeskFaultInfo theirs = fault(() -> northwind.getSubscriptionHistory(foreign));
        DeskFaultInfo absent = fault(() -> northwind.getSubscriptionHistory(Long.MAX_VALUE));
        assertThat(theirs.getCode()).isEqualTo("NOT_FOUND");
        assertThat(theirs.getMessage().replace(String.valueOf(foreign), "#"))
                .isEqualTo(absent.getMessage().replace(String.valueOf(Long.MAX_VALUE), "#"));
        assertThat(fault(() -> northwind.getHoursMovements(packageId)).getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> northwind.renewSubscription(foreign)).getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> northwind.changePlan(foreign, "SUPPORT-BASIC")).getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault(() -> northwind.disputeTimeEntry(Long.MAX_VALUE, "no such entry")).getCode())
                .isEqualTo("NOT_FOUND");
        assertThat(northwind.getHoursBalance()).isEmpty();
    }

    @Test
    void b1_plan_changes_and_renewal_are_refused_with_the_field_and_rule_named() throws Exception {
        SubscriptionPortType demo = billing(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        Subscription support = demo.getSubscriptions().stream().filter(s -> s.getKind().value().equals("SUPPORT"))
                .findFirst().orElseThrow();

        DeskFaultInfo otherKind = fault(() -> demo.changePlan(support.getId(), "HOSTING-STANDARD"));
        assertThat(otherKind.getCode()).isEqualTo("VALIDATION");
        assertThat(otherKind.getField()).isEqualTo("planCode");
        assertThat(otherKind.getRule()).isEqualTo("B1");
        assertThat(fault(() -> demo.changePlan(support.getId(), "NO-SUCH-PLAN")).getCode()).isEqualTo("NOT_FOUND");
        DeskFaultInfo early = fault(() -> demo.renewSubscription(support.getId()));
        assertThat(early.getCode()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(early.getMessage()).contains("can be renewed from");

        // Northwind may renew (its term ends within 60 days): the new term follows the old without a gap
        SubscriptionPortType northwind = billing(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);
        Subscription before = northwind.getSubscriptions().get(0);
        Subscription renewed = northwind.renewSubscription(before.getId());
        java.time.LocalDate oldEnd = java.time.LocalDate.parse(before.getEndsOn().toXMLFormat().substring(0, 10));
        assertThat(renewed.getEndsOn().toXMLFormat()).startsWith(oldEnd.plusDays(1).plusMonths(12).minusDays(1)
                .toString());
        assertThat(renewed.getStartsOn()).as("no gap: it runs on").isEqualTo(before.getStartsOn());
        assertThat(renewed.getStatus().value()).isEqualTo("ACTIVE");
        assertThat(fault(() -> northwind.renewSubscription(before.getId())).getCode()).isEqualTo("ILLEGAL_TRANSITION");
        // a downgrade waits for the next term, an upgrade applies at once
        Subscription upgraded = northwind.changePlan(before.getId(), "SUPPORT-ENTERPRISE");
        assertThat(upgraded.getPlan().getCode()).isEqualTo("SUPPORT-ENTERPRISE");
        Subscription downgrade = northwind.changePlan(before.getId(), "SUPPORT-BASIC");
        assertThat(downgrade.getPlan().getCode()).isEqualTo("SUPPORT-ENTERPRISE");
        assertThat(downgrade.getNextPlan()).isEqualTo("SUPPORT-BASIC");
    }

    @Test
    void b4_b7_time_entries_and_statements_need_a_ticket_or_a_period_and_add_up() throws Exception {
        SubscriptionPortType demo = billing(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        var xml = DatatypeFactory.newInstance();
        DeskFaultInfo neither = fault(() -> demo.listTimeEntries(null, null, null));
        assertThat(neither.getCode()).isEqualTo("VALIDATION");
        assertThat(neither.getField()).isEqualTo("from");
        DeskFaultInfo backwards = fault(() -> demo.getStatement(xml.newXMLGregorianCalendar("2026-12-01T00:00:00Z"),
                xml.newXMLGregorianCalendar("2026-11-01T00:00:00Z")));
        assertThat(backwards.getField()).isEqualTo("to");
        DeskFaultInfo noZone = fault(() -> demo.getStatement(xml.newXMLGregorianCalendar("2026-11-01T00:00:00"),
                xml.newXMLGregorianCalendar("2026-12-01T00:00:00Z")));
        assertThat(noZone.getField()).isEqualTo("from");

        Statement statement = demo.getStatement(xml.newXMLGregorianCalendar("2020-01-01T00:00:00Z"),
                xml.newXMLGregorianCalendar("2040-01-01T00:00:00Z"));
        java.math.BigDecimal invoiced = statement.getLine().stream().filter(l -> l.getCoverage().value().equals("INVOICE"))
                .map(l -> l.getAmount().getAmount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(statement.getInvoiced().stream().map(m -> m.getAmount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo(invoiced);
        statement.getLine().forEach(line -> assertThat(line.getPart().stream().map(p -> p.getAmount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(line.getAmount().getAmount()));
    }
}
