package org.deskline.maintenance.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deskline.platform.DeskException;
import org.junit.jupiter.api.Test;

/** M1: what the managed list of backup locations accepts, each refusal naming its field and the rule. */
class BackupLocationTest {

    @Test
    void m1_a_location_has_a_region_code_a_bounded_name_and_place() {
        BackupLocation.check("eu-central", "EU Central", "Frankfurt, Germany");
        refused(() -> BackupLocation.check("EU Central", "x", ""), "code");
        refused(() -> BackupLocation.check("-eu", "x", ""), "code");
        refused(() -> BackupLocation.check("a".repeat(61), "x", ""), "code");
        refused(() -> BackupLocation.check("eu-west", " ", ""), "name");
        refused(() -> BackupLocation.check("eu-west", "n".repeat(101), ""), "name");
        refused(() -> BackupLocation.check("eu-west", "EU West", "p".repeat(201)), "place");
    }

    @Test
    void m1_a_retired_location_is_never_required_by_default() {
        BackupLocation location = new BackupLocation("eu-west", " EU West ", null, true);
        assertThat(location.getName()).isEqualTo("EU West");
        assertThat(location.getPlace()).isEmpty();
        assertThat(location.isRequiredByDefault()).isTrue();
        location.revise("EU West", "Dublin", false, true);
        assertThat(location.isActive()).isFalse();
        assertThat(location.isRequiredByDefault()).isFalse();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo("M1");
        });
    }
}
