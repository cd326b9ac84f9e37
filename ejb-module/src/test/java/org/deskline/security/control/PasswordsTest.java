package org.deskline.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 21: the demo's accounts are hashed side by side at a first start, each as if hashed alone. */
class PasswordsTest {

    @Test
    void hashing_many_secrets_at_once_gives_each_its_own_salted_hash_that_verifies_only_it() {
        Passwords passwords = new Passwords();
        passwords.start();

        Map<String, String> hashes = passwords.hashAll(List.of("alpha-secret", "beta-secret", "alpha-secret"));

        assertThat(hashes).containsOnlyKeys("alpha-secret", "beta-secret");
        assertThat(hashes.get("alpha-secret")).startsWith(PasswordHashing.ALGORITHM + ":600000:")
                .isNotEqualTo(hashes.get("beta-secret"));
        assertThat(passwords.matches("alpha-secret", hashes.get("alpha-secret"))).isTrue();
        assertThat(passwords.matches("beta-secret", hashes.get("alpha-secret"))).isFalse();
        assertThat(passwords.matches("beta-secret", hashes.get("beta-secret"))).isTrue();
        assertThat(passwords.needsRehash(hashes.get("beta-secret"))).isFalse();
    }
}
