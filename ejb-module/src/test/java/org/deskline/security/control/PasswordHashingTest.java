package org.deskline.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** Issue 16, finding 4: today's work factor, old hashes still verify and are due for a re-hash. */
class PasswordHashingTest {

    /** Few iterations keep the unit test fast; the production floor is checked separately. */
    private final PasswordHashing hashing = new PasswordHashing(1_000, new SecureRandom());

    @Test
    void a_hash_names_its_algorithm_and_work_factor_and_verifies_only_its_secret() {
        String stored = hashing.hash("correct horse".toCharArray());
        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:1000:");
        assertThat(hashing.verify("correct horse".toCharArray(), stored)).isTrue();
        assertThat(hashing.verify("correct hors".toCharArray(), stored)).isFalse();
        assertThat(hashing.hash("correct horse".toCharArray())).as("a fresh salt each time").isNotEqualTo(stored);
        assertThat(hashing.needsRehash(stored)).isFalse();
    }

    @Test
    void the_production_work_factor_is_at_least_600000_iterations_whatever_is_configured() {
        assertThat(PasswordHashing.withIterations(2_048).iterations()).isEqualTo(600_000);
        assertThat(PasswordHashing.withIterations(900_000).iterations()).isEqualTo(900_000);
    }

    @Test
    void a_hash_of_the_platform_default_before_issue_16_verifies_and_is_due_for_a_rehash() throws Exception {
        // what Soteria's Pbkdf2PasswordHash wrote by default: SHA-256, 2,048 iterations, 32-byte salt and key
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("old secret".toCharArray(), salt, 2_048, 256)).getEncoded();
        String old = "PBKDF2WithHmacSHA256:2048:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
        PasswordHashing today = new PasswordHashing(4_096, new SecureRandom()); // more work than the old hash's
        assertThat(today.verify("old secret".toCharArray(), old)).isTrue();
        assertThat(today.verify("new secret".toCharArray(), old)).isFalse();
        assertThat(today.needsRehash(old)).isTrue();
        assertThat(today.needsRehash(today.hash("old secret".toCharArray()))).isFalse();
    }

    @Test
    void malformed_or_tampered_hashes_match_nothing() {
        String stored = hashing.hash("secret".toCharArray());
        String[] parts = stored.split(":");
        assertThat(hashing.verify("secret".toCharArray(), null)).isFalse();
        assertThat(hashing.verify("secret".toCharArray(), "plain-text")).isFalse();
        assertThat(hashing.verify("secret".toCharArray(), "MD5:1000:" + parts[2] + ":" + parts[3])).isFalse();
        assertThat(hashing.verify("secret".toCharArray(), parts[0] + ":99999999:" + parts[2] + ":" + parts[3]))
                .as("a stored work factor that would pin a CPU is refused, not computed").isFalse();
        assertThat(hashing.verify("secret".toCharArray(), parts[0] + ":1000:!!:" + parts[3])).isFalse();
        assertThat(hashing.needsRehash("plain-text")).isTrue();
    }

    @Test
    void an_unknown_user_costs_the_same_as_a_wrong_password() {
        // equal work by construction, not by a stopwatch: burn() derives a key from a decoy hash made like any other
        String decoy = hashing.decoy();
        String real = hashing.hash("secret".toCharArray());
        assertThat(decoy.split(":")[0]).isEqualTo(real.split(":")[0]);
        assertThat(decoy.split(":")[1]).as("iterations").isEqualTo(real.split(":")[1]);
        assertThat(decoy.split(":")[3].length()).as("key length").isEqualTo(real.split(":")[3].length());
        hashing.burn("guess".toCharArray());
    }
}
