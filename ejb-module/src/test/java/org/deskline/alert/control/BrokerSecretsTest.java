package org.deskline.alert.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerSecretsTest {

    @Test
    void a_partner_password_is_kept_for_the_broker_only_as_a_salted_one_way_hash_it_accepts() {
        String secret = BrokerSecrets.hash("partner-demo-secret");

        assertThat(secret).startsWith("ENC(").endsWith(")").doesNotContain("partner-demo-secret");
        assertThat(BrokerSecrets.matches("partner-demo-secret", secret)).isTrue();
        assertThat(BrokerSecrets.matches("partner-demo-secreT", secret)).isFalse();
        assertThat(BrokerSecrets.hash("partner-demo-secret")).as("salted").isNotEqualTo(secret);
    }
}
