package org.deskline.billing.control;

import org.deskline.billing.entity.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.deskline.billing.entity.Coverage;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.WorkClass;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.junit.jupiter.api.Test;

class BillingRulesTest {

    @Test
    void b1_free_support_is_free_only_while_the_subscription_is_active() {
        for (ServiceType free : new ServiceType[] {ServiceType.BACKUP, ServiceType.UPGRADE,
            ServiceType.ACCOUNT_QUESTION}) {
            assertThat(BillingRules.payer(free, null, true, true).coverage()).isEqualTo(Coverage.FREE);
            assertThat(BillingRules.payer(free, null, false, true).coverage()).as("expired: paid from the package")
                    .isEqualTo(Coverage.PACKAGE);
            assertThat(BillingRules.payer(free, null, false, true).reason()).contains("only while the subscription is "
                    + "active (B1)");
        }
    }

    @Test
    void b1_paid_work_needs_an_active_subscription_or_a_package_that_covers_it() {
        DeskException refused = (DeskException) org.assertj.core.api.Assertions.catchThrowable(() ->
                BillingRules.payer(ServiceType.TRAINING, null, false, false));
        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_COVERED);
        assertThat(refused.rule()).isEqualTo("B1");
        assertThat(refused.field()).isEqualTo("serviceType");
        assertThat(refused).hasMessageContaining("active support subscription or an hours package");
        assertThat(BillingRules.payer(ServiceType.TRAINING, null, true, false).coverage()).isEqualTo(Coverage.INVOICE);
    }

    @Test
    void b1_seed_003_an_emergency_nothing_covers_is_served_and_invoiced_not_refused() {
        for (ServiceType service : new ServiceType[] {ServiceType.BACKUP, ServiceType.TRAINING}) {
            BillingRules.Payer payer = BillingRules.payer(service, null, false, false, true);
            assertThat(payer.coverage()).isEqualTo(Coverage.INVOICE);
            assertThat(payer.reason()).contains("emergency").contains("(B1, B4)");
        }
        assertThat(BillingRules.payer(ServiceType.BACKUP, null, true, false, true).coverage())
                .as("under an active subscription free support stays free in an emergency").isEqualTo(Coverage.FREE);
        assertThat(BillingRules.payer(ServiceType.TRAINING, null, false, true, true).coverage())
                .as("a package that covers it pays first").isEqualTo(Coverage.PACKAGE);
    }

    @Test
    void k1_seed_001_pointing_to_free_training_material_is_never_billed_subscription_or_not() {
        for (boolean active : new boolean[] {true, false}) {
            BillingRules.Payer payer = BillingRules.payer(ServiceType.TRAINING_MATERIAL, null, active, false);
            assertThat(payer.coverage()).isEqualTo(Coverage.FREE);
            assertThat(payer.reason()).contains("seed 001");
        }
    }

    @Test
    void b2_support_time_follows_the_tickets_classification_and_needs_one() {
        assertThat(BillingRules.payer(ServiceType.BUG_FIX, WorkClass.BUG, true, false).coverage())
                .isEqualTo(Coverage.FREE);
        assertThat(BillingRules.payer(ServiceType.SUPPORT, WorkClass.NOT_A_BUG, true, false).coverage())
                .isEqualTo(Coverage.INVOICE);
        assertThat(BillingRules.payer(ServiceType.SUPPORT, WorkClass.NOT_A_BUG, true, false).reason())
                .contains("billable (B2)");
        assertThatThrownBy(() -> BillingRules.payer(ServiceType.SUPPORT, null, true, true))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.field()).isEqualTo("workClass");
                    assertThat(e.rule()).isEqualTo("B2");
                });
    }

    @Test
    void b3_the_billable_services_are_never_free_and_a_package_is_used_before_an_invoice() {
        for (ServiceType billable : new ServiceType[] {ServiceType.TRAINING, ServiceType.PROCESS_ANALYSIS,
            ServiceType.CONFIGURATION, ServiceType.FEASIBILITY_STUDY, ServiceType.CUSTOM_CONFIGURATION,
            ServiceType.CUSTOM_DEVELOPMENT}) {
            assertThat(billable.cost()).isEqualTo(ServiceType.Cost.BILLABLE);
            assertThat(BillingRules.payer(billable, WorkClass.BUG, true, true).coverage()).isEqualTo(Coverage.PACKAGE);
            assertThat(BillingRules.payer(billable, WorkClass.BUG, true, true).reason()).contains("B3");
        }
    }

    @Test
    void b5_a_package_pays_billed_minutes_times_their_shift_factor() {
        ZoneId tehran = ZoneId.of("Asia/Tehran");
        TimeBilling billing = new TimeBilling(tehran, d -> false);
        // 16:53-17:07 local: 7 day minutes x 1 + 7 afternoon minutes x 1.5 = 17.5 -> 18
        TimeBilling.Bill bill = billing.bill(Instant.parse("2026-12-01T13:23:00Z"),
                Instant.parse("2026-12-01T13:37:00Z"), Money.of("60", "EUR"));
        assertThat(bill.parts()).hasSize(2);
        assertThat(BillingRules.chargedMinutes(bill)).isEqualTo(18);
        // a 5-minute night entry: 10 minutes billed x 2
        assertThat(BillingRules.chargedMinutes(billing.bill(Instant.parse("2026-12-01T19:00:00Z"),
                Instant.parse("2026-12-01T19:05:00Z"), Money.of("60", "EUR")))).isEqualTo(20);
    }

    @Test
    void b6_a_correction_sets_the_minutes_worked_between_one_and_what_was_billed() {
        BillingRules.checkCorrection(60, 1L);
        BillingRules.checkCorrection(60, 60L);
        for (Long wrong : new Long[] {null, 0L, -5L, 61L}) {
            assertThatThrownBy(() -> BillingRules.checkCorrection(60, wrong)).as("corrected %s", wrong)
                    .isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.field()).isEqualTo("correctedMinutes");
                        assertThat(e.rule()).isEqualTo("B6");
                    });
        }
    }

    @Test
    void b8_only_development_requests_are_routed_and_rnd_gets_no_proposal() {
        BillingRules.checkRoute(org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST,
                org.deskline.billing.entity.FeatureRoute.RND, 7);
        assertThatThrownBy(() -> BillingRules.checkRoute(org.deskline.ticket.entity.TicketKind.SUPPORT,
                org.deskline.billing.entity.FeatureRoute.RND, 7)).hasMessageContaining("Only development requests");
        assertThatThrownBy(() -> BillingRules.checkRoute(org.deskline.ticket.entity.TicketKind.DEVELOPMENT_REQUEST,
                null, 7)).isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.rule()).isEqualTo("B8"));
        BillingRules.checkProposalAllowed(null, 7);
        BillingRules.checkProposalAllowed(org.deskline.billing.entity.FeatureRoute.PAID_DEVELOPMENT, 7);
        assertThatThrownBy(() -> BillingRules.checkProposalAllowed(org.deskline.billing.entity.FeatureRoute.RND, 7))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
                    assertThat(e).hasMessageContaining("no proposal, price or date");
                });
    }

    @Test
    void b9_consent_names_who_gave_it_and_what_it_covers() {
        BillingRules.checkConsent("Sara Rahimi", "Correct three invoices in production.");
        assertThatThrownBy(() -> BillingRules.checkConsent(" ", "x")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.field()).isEqualTo("consentBy"));
        assertThatThrownBy(() -> BillingRules.checkConsent("Sara", "")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.field()).isEqualTo("consentNote"));
        assertThatThrownBy(() -> BillingRules.checkConsent("Sara", "x".repeat(901)))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.rule()).isEqualTo("B9"));
    }

    /** B9, seed 001: "no change to your production database without your agreement". */
    @Test
    void b9_production_work_is_logged_only_while_a_consent_stands() {
        var terms = new org.deskline.billing.entity.TicketTerms(7, 1);
        Instant t = Instant.parse("2026-03-03T06:30:00Z");
        assertThat(terms.hasConsent()).as("none given").isFalse();
        BillingRules.checkProductionConsent(false, terms.hasConsent(), 7);
        assertThatThrownBy(() -> BillingRules.checkProductionConsent(true, terms.hasConsent(), 7))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
                    assertThat(e.field()).isEqualTo("onProduction");
                    assertThat(e.rule()).isEqualTo("B9");
                });
        terms.recordConsent("Sara Rahimi", t, "Correct three invoices.");
        assertThat(terms.hasConsent()).isTrue();
        BillingRules.checkProductionConsent(true, terms.hasConsent(), 7);
        terms.refuseConsent("Sara Rahimi", t.plusSeconds(60));
        assertThat(terms.hasConsent()).as("a refusal withdraws it").isFalse();
        terms.recordConsent("Ali Karimi", t.plusSeconds(120), "Again, for the March invoices.");
        assertThat(terms.hasConsent()).as("a later consent stands again").isTrue();
        assertThatThrownBy(() -> BillingRules.checkConsentBy(" ")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.field()).isEqualTo("consentBy"));
        assertThatThrownBy(() -> BillingRules.checkConsentBy("x".repeat(BillingRules.CONSENT_BY_LENGTH + 1)))
                .isInstanceOf(DeskException.class);
    }

    @Test
    void b4_a_time_entry_lasts_a_minute_to_a_day_and_says_what_it_was() {
        Instant start = Instant.parse("2026-03-03T06:30:00Z");
        BillingRules.checkEntry(start, start.plusSeconds(60), ServiceType.SUPPORT, "x".repeat(BillingRules.NOTE_LENGTH));
        BillingRules.checkEntry(start, start.plus(BillingRules.LONGEST_ENTRY), ServiceType.SUPPORT, null);
        assertThat(fieldOf(() -> BillingRules.checkEntry(null, start, ServiceType.SUPPORT, null))).isEqualTo("start");
        assertThat(fieldOf(() -> BillingRules.checkEntry(start, start.plusSeconds(59), ServiceType.SUPPORT, null)))
                .isEqualTo("end");
        assertThat(fieldOf(() -> BillingRules.checkEntry(start, start.plus(BillingRules.LONGEST_ENTRY).plusSeconds(60),
                ServiceType.SUPPORT, null))).isEqualTo("end");
        assertThat(fieldOf(() -> BillingRules.checkEntry(start, start.plusSeconds(60), null, null)))
                .isEqualTo("serviceType");
        assertThat(fieldOf(() -> BillingRules.checkEntry(start, start.plusSeconds(60), ServiceType.SUPPORT,
                "x".repeat(BillingRules.NOTE_LENGTH + 1)))).isEqualTo("note");
    }

    @Test
    void b1_a_plan_has_a_name_and_prices_that_are_not_negative_and_in_one_currency() {
        BillingRules.checkPlanTerms("Gold", Money.of("0.00", "EUR"), Money.of("60.00", "EUR"));
        assertThat(fieldOf(() -> BillingRules.checkPlanTerms(" ", Money.of("1.00", "EUR"), Money.of("1.00", "EUR"))))
                .isEqualTo("name");
        assertThat(fieldOf(() -> BillingRules.checkPlanTerms("x".repeat(BillingRules.NAME_LENGTH + 1),
                Money.of("1.00", "EUR"), Money.of("1.00", "EUR")))).isEqualTo("name");
        assertThat(fieldOf(() -> BillingRules.checkPlanTerms("Gold", Money.of("-1.00", "EUR"),
                Money.of("1.00", "EUR")))).isEqualTo("price");
        assertThat(fieldOf(() -> BillingRules.checkPlanTerms("Gold", Money.of("1.00", "EUR"),
                Money.of("1.00", "USD")))).isEqualTo("price");
    }

    private static String fieldOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        DeskException refused = org.assertj.core.api.Assertions.catchThrowableOfType(call, DeskException.class);
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION);
        return refused.field();
    }
}
