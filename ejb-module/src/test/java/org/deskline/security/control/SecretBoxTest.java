package org.deskline.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 8: hosting and admin-panel details are stored encrypted and cannot be moved or altered unnoticed. */
class SecretBoxTest {

    private final SecretBox box = new SecretBox(SecretBox.newKey());

    @Test
    void a_sealed_value_opens_only_in_its_own_context_with_its_own_key() {
        String sealed = box.seal("panel: https://host.example admin / s3cr3t", "project:7:Hosting");
        assertThat(sealed).startsWith("v1:").doesNotContain("s3cr3t");
        assertThat(box.open(sealed, "project:7:Hosting")).isEqualTo("panel: https://host.example admin / s3cr3t");
        assertThat(box.seal("same", "c")).isNotEqualTo(box.seal("same", "c")); // a fresh nonce each time
        assertThatThrownBy(() -> box.open(sealed, "project:8:Hosting")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox(SecretBox.newKey()).open(sealed, "project:7:Hosting"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_altered_value_is_refused() {
        String sealed = box.seal("value", "ctx");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> box.open(new String(chars), "ctx")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("plain text", "ctx")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void new_credentials_are_long_random_and_url_safe() {
        String a = SecretBox.newCredential();
        assertThat(a).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(SecretBox.newCredential()).isNotEqualTo(a);
    }
}
