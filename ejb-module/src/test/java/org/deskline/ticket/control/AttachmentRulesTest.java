package org.deskline.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.deskline.platform.DeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** T2: which files are accepted, and how the store keeps them. */
class AttachmentRulesTest {

    @TempDir
    Path data;

    @Test
    void t2_screenshots_videos_and_documents_are_accepted_executables_are_not() {
        assertThat(AttachmentRules.checkContentType("image/PNG")).isEqualTo("image/png");
        assertThat(AttachmentRules.checkContentType("text/plain; charset=utf-8")).isEqualTo("text/plain");
        assertThat(AttachmentRules.checkContentType("video/mp4")).isEqualTo("video/mp4");
        for (String bad : new String[] {"application/x-msdownload", "text/html", "", null}) {
            assertThatThrownBy(() -> AttachmentRules.checkContentType(bad)).isInstanceOfSatisfying(
                    DeskException.class, e -> assertThat(e.field()).isEqualTo("contentType"));
        }
    }

    @Test
    void t2_a_file_name_is_plain() {
        assertThat(AttachmentRules.checkFileName(" screen shot.png ")).isEqualTo("screen shot.png");
        for (String bad : new String[] {"../x", "a/b", "a\\b", "..", " ", "x".repeat(256), "bell\u0007"}) {
            assertThatThrownBy(() -> AttachmentRules.checkFileName(bad)).as(bad).isInstanceOf(DeskException.class);
        }
    }

    @Test
    void t2_the_store_hashes_counts_keeps_once_and_refuses_past_the_limit() throws Exception {
        AttachmentStore store = new AttachmentStore();
        store.dataDir = data.toString();
        store.maxMegabytes = 1;
        byte[] content = "a screenshot".getBytes();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        AttachmentStore.Stored first = store.store(new ByteArrayInputStream(content));
        AttachmentStore.Stored again = store.store(new ByteArrayInputStream(content));
        assertThat(first).isEqualTo(again);
        assertThat(first.sha256()).isEqualTo(expected);
        assertThat(first.size()).isEqualTo(content.length);
        try (var files = Files.list(data.resolve("attachments"))) {
            assertThat(files.toList()).hasSize(1);
        }
        assertThat(store.open(expected).readAllBytes()).isEqualTo(content);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[1024 * 1024 + 1])))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.field()).isEqualTo("content"));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]))).isInstanceOf(DeskException.class);
        try (var files = Files.list(data.resolve("attachments"))) {
            assertThat(files.toList()).hasSize(1); // no partial files left behind
        }
        assertThatThrownBy(() -> AttachmentRules.checkChecksum("ab", expected)).isInstanceOf(DeskException.class);
        AttachmentRules.checkChecksum(expected.toUpperCase(), expected);
        AttachmentRules.checkChecksum(null, expected);
    }
}
