package org.deskline.billing.boundary.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.deskline.billing.entity.Coverage;
import org.deskline.billing.entity.EntryState;
import org.deskline.billing.entity.Invoice;
import org.deskline.billing.entity.PlanKind;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.SubscriptionStatus;
import org.deskline.billing.entity.TimeDispute;
import org.junit.jupiter.api.Test;

/** Issue 17: SubscriptionService's enums on the wire mirror the domain, so the WSDL lists every value a client meets. */
class BillingCodesTest {

    @Test
    void wire_enums_mirror_the_domain() {
        assertSameNames(BillingCodes.PlanKindCode.class, PlanKind.class);
        assertSameNames(BillingCodes.SubscriptionStatusCode.class, SubscriptionStatus.class);
        assertSameNames(BillingCodes.ServiceTypeCode.class, ServiceType.class);
        assertSameNames(BillingCodes.CoverageCode.class, Coverage.class);
        assertSameNames(BillingCodes.TimeEntryStateCode.class, EntryState.class);
        assertSameNames(BillingCodes.DisputeStateCode.class, TimeDispute.State.class);
        assertSameNames(BillingCodes.InvoiceStatusCode.class, Invoice.Status.class);
    }

    private static void assertSameNames(Class<? extends Enum<?>> wire, Class<? extends Enum<?>> domain) {
        assertThat(Arrays.stream(wire.getEnumConstants()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(domain.getEnumConstants()).map(Enum::name).toList());
    }
}
