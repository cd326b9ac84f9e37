package org.deskline.api.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.ticket.entity.TicketStatus;
import org.junit.jupiter.api.Test;

/** The wire enumerations (T1, T3, T4, T5, T14) list exactly the domain's values, so mapping never fails. */
class WireEnumsTest {

    @Test
    void wire_enums_mirror_the_domain() {
        assertSameNames(TicketKindCode.class, TicketKind.class);
        assertSameNames(CategoryCode.class, Category.class);
        assertSameNames(PriorityCode.class, Priority.class);
        assertSameNames(StatusCode.class, TicketStatus.class);
        assertSameNames(ChannelCode.class, Channel.class);
        assertSameNames(ResolutionCode.class, org.deskline.ticket.entity.Resolution.class);
        assertSameNames(DevelopmentStageCode.class, org.deskline.ticket.entity.DevelopmentStage.class);
        assertSameNames(ProposalStatusCode.class, org.deskline.ticket.entity.ProposalStatus.class);
        assertSameNames(WorkClassCode.class, org.deskline.billing.entity.WorkClass.class);
        assertSameNames(EmergencyReasonCode.class, org.deskline.ticket.entity.EmergencyReason.class);
        assertSameNames(FeatureRouteCode.class, org.deskline.billing.entity.FeatureRoute.class);
    }

    @Test
    void t4_an_omitted_priority_maps_to_null_so_the_rules_apply_the_default() {
        assertThat(TicketMapper.map(null, Priority.class)).isNull();
        assertThat(TicketMapper.map(PriorityCode.URGENT, Priority.class)).isEqualTo(Priority.URGENT);
    }

    private static void assertSameNames(Class<? extends Enum<?>> wire, Class<? extends Enum<?>> domain) {
        assertThat(Arrays.stream(wire.getEnumConstants()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(domain.getEnumConstants()).map(Enum::name).toList());
    }
}
