package org.deskline.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
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
        AttachmentStore store = store(1);
        byte[] content = "a screenshot".getBytes();
        String expected = sha256(content);

        AttachmentStore.Stored first = store.store(new ByteArrayInputStream(content), null, store.maxBytes(), TOO_BIG);
        AttachmentStore.Stored again = store.store(new ByteArrayInputStream(content), expected.toUpperCase(),
                store.maxBytes(), TOO_BIG);
        assertThat(first).isEqualTo(again);
        assertThat(first.sha256()).isEqualTo(expected);
        assertThat(first.size()).isEqualTo(content.length);
        assertThat(files()).hasSize(1);
        assertThat(store.open(expected).readAllBytes()).isEqualTo(content);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[1024 * 1024 + 1]), null,
                store.maxBytes(), TOO_BIG)).isSameAs(TOO_BIG_ERROR);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]), null, store.maxBytes(), TOO_BIG))
                .isInstanceOf(DeskException.class);
        assertThat(files()).as("no partial files left behind").hasSize(1);
        assertThatThrownBy(() -> AttachmentRules.checkChecksum("ab", expected)).isInstanceOf(DeskException.class);
        AttachmentRules.checkChecksum(expected.toUpperCase(), expected);
        AttachmentRules.checkChecksum(null, expected);
    }

    @Test
    void issue_16_an_upload_with_a_wrong_checksum_leaves_no_file() throws Exception {
        AttachmentStore store = store(1);
        byte[] content = "damaged on the way".getBytes();
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(content), sha256("something else".getBytes()),
                store.maxBytes(), TOO_BIG)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.field()).isEqualTo("sha256"));
        assertThat(files()).isEmpty();
    }

    @Test
    void issue_16_quotas_refuse_a_full_ticket_at_once_and_stop_an_upload_that_would_pass_them() {
        long mb = 1024 * 1024;
        AttachmentQuota quota = new AttachmentQuota(25 * mb, 100 * mb, 1_000 * mb);
        assertThat(quota.next(0, 0).bytes()).isEqualTo(25 * mb);
        assertThat(quota.next(0, 0).overBudget().get().code()).isEqualTo(ErrorCode.VALIDATION);
        AttachmentQuota.Budget last = quota.next(90 * mb, 500 * mb);
        assertThat(last.bytes()).isEqualTo(10 * mb);
        assertThat(last.overBudget().get()).satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
            assertThat(e.getMessage()).contains("ticket has 10 MB of its 100 MB");
        });
        assertThat(quota.next(0, 995 * mb).overBudget().get().getMessage()).contains("organization has 5 MB");
        assertThatThrownBy(() -> quota.next(100 * mb, 0)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> quota.next(0, 1_000 * mb)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.getMessage()).contains("organization's attachment quota of 1000 MB is used up"));
    }

    @Test
    void issue_16_the_sweep_removes_old_unreferenced_files_and_partial_uploads_only() throws Exception {
        AttachmentStore store = store(1);
        String kept = store.store(new ByteArrayInputStream("kept".getBytes()), null, store.maxBytes(), TOO_BIG)
                .sha256();
        String orphan = store.store(new ByteArrayInputStream("orphan".getBytes()), null, store.maxBytes(), TOO_BIG)
                .sha256();
        Path part = Files.createFile(data.resolve("attachments/upload-123.part"));
        Instant old = Instant.now().minus(Duration.ofHours(2));
        for (String name : new String[] {kept, orphan, "upload-123.part"}) {
            Files.setLastModifiedTime(data.resolve("attachments").resolve(name), FileTime.from(old));
        }
        String young = store.store(new ByteArrayInputStream("young".getBytes()), null, store.maxBytes(), TOO_BIG)
                .sha256();

        int deleted = store.sweep(Duration.ofHours(1),
                hashes -> hashes.contains(kept) ? Set.of(kept) : Set.of());
        assertThat(deleted).isEqualTo(2);
        assertThat(files()).containsExactlyInAnyOrder(kept, young);
        assertThat(part).doesNotExist();

        // stored again after it went unreferenced: fresh, so the sweep leaves it for the row about to be written
        Files.setLastModifiedTime(data.resolve("attachments").resolve(kept), FileTime.from(old));
        store.store(new ByteArrayInputStream("kept".getBytes()), null, store.maxBytes(), TOO_BIG);
        assertThat(store.sweep(Duration.ofHours(1), hashes -> Set.of())).isZero();
    }

    private static final DeskException TOO_BIG_ERROR = DeskException.invalid("content", "T2", "too big");
    private static final Supplier<DeskException> TOO_BIG = () -> TOO_BIG_ERROR;

    private AttachmentStore store(long maxMegabytes) {
        AttachmentStore store = new AttachmentStore();
        store.dataDir = data.toString();
        store.maxMegabytes = maxMegabytes;
        return store;
    }

    private List<String> files() throws Exception {
        Path dir = data.resolve("attachments");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
