package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: the body of a request that asked for h2c ends where it says, although Grizzly hands it on as an endless
 * upgraded stream (here: what follows the body is more bytes that must not be read).
 */
class UpgradeGuardTest {

    private static InputStream wire(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String all(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void a_body_with_a_length_ends_there() throws IOException {
        assertThat(all(new UpgradeGuard.Limited(wire("<soap/>GET /next HTTP/1.1"), 7))).isEqualTo("<soap/>");
        assertThat(all(new UpgradeGuard.Limited(wire("anything"), 0))).isEmpty();
    }

    @Test
    void a_chunked_body_is_decoded_up_to_its_last_chunk_and_trailer() throws IOException {
        String chunked = "5\r\n--MIM\r\n19;ext=1\r\nE boundary and the rest..\r\n0\r\nX-Trailer: 1\r\n\r\nNEXT REQUEST";
        assertThat(all(new UpgradeGuard.Dechunked(wire(chunked)))).isEqualTo("--MIME boundary and the rest..");
    }

    @Test
    void a_broken_chunked_body_is_an_error_not_a_wait() {
        assertThatThrownBy(() -> all(new UpgradeGuard.Dechunked(wire("zz\r\nabc")))).isInstanceOf(IOException.class)
                .hasMessageContaining("chunk size");
        assertThatThrownBy(() -> all(new UpgradeGuard.Dechunked(wire("10\r\nshort")))).isInstanceOf(IOException.class);
    }
}
