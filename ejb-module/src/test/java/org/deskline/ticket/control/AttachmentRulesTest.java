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
        assertThat(stored()).as("kept once").containsExactly(expected);
        assertThat(files()).as("the spool file is gone once the content is in the database").isEmpty();
        assertThat(store.open(expected).readAllBytes()).isEqualTo(content);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[1024 * 1024 + 1]), null,
                store.maxBytes(), TOO_BIG)).isSameAs(TOO_BIG_ERROR);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]), null, store.maxBytes(), TOO_BIG))
                .isInstanceOf(DeskException.class);
        assertThat(files()).as("no partial files left behind").isEmpty();
        assertThat(stored()).containsExactly(expected);
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
        assertThat(stored()).isEmpty();
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
    void issue_16_the_sweep_removes_old_unreferenced_content_and_partial_uploads_only() throws Exception {
        AttachmentStore store = store(1);
        String kept = store.store(new ByteArrayInputStream("kept".getBytes()), null, store.maxBytes(), TOO_BIG)
                .sha256();
        String orphan = store.store(new ByteArrayInputStream("orphan".getBytes()), null, store.maxBytes(), TOO_BIG)
                .sha256();
        attach(kept);
        Path part = Files.createFile(data.resolve("attachments/upload-123.part"));
        Files.setLastModifiedTime(part, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path young = Files.createFile(data.resolve("attachments/upload-456.part"));
        now = now.plus(Duration.ofHours(2));
        String fresh = store.store(new ByteArrayInputStream("young".getBytes()), null, store.maxBytes(), TOO_BIG)
                .sha256();

        assertThat(store.sweep(Duration.ofHours(1))).as("the orphan and the old partial upload").isEqualTo(2);
        assertThat(stored()).containsExactlyInAnyOrder(kept, fresh);
        assertThat(part).doesNotExist();
        assertThat(young).as("an upload in flight").exists();
        assertThatThrownBy(() -> store.open(orphan)).isInstanceOf(java.io.UncheckedIOException.class);

        // stored again after it went unreferenced: fresh, so the sweep leaves it for the row about to be written
        now = now.plus(Duration.ofHours(2));
        store.store(new ByteArrayInputStream("young".getBytes()), null, store.maxBytes(), TOO_BIG);
        assertThat(store.sweep(Duration.ofHours(1))).isZero();
        assertThat(stored()).contains(fresh);
    }

    @Test
    void issue_22_content_goes_in_and_out_in_chunks_and_files_of_the_old_store_move_into_the_database()
            throws Exception {
        AttachmentStore store = store(2);
        byte[] video = new byte[AttachmentContents.CHUNK * 2 + 12_345];
        new java.util.Random(7).nextBytes(video);
        String hash = store.store(new ByteArrayInputStream(video), sha256(video), store.maxBytes(), TOO_BIG).sha256();
        try (var rows = db.getConnection().createStatement().executeQuery(
                "select count(*) from attachment_chunk where sha256 = '" + hash + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("three chunks, the last one short").isEqualTo(3);
        }
        try (var in = store.open(hash)) {
            assertThat(in.readAllBytes()).isEqualTo(video);
        }

        // a rolling upgrade with a shared directory: an old instance's file is read (and stored) before it moves
        byte[] shared = "written by an old instance during the upgrade".getBytes();
        Path written = data.resolve("attachments").resolve(sha256(shared));
        Files.write(written, shared);
        assertThat(store.open(sha256(shared)).readAllBytes()).isEqualTo(shared);
        assertThat(written).as("left for old instances until the sweep moves it").exists();
        assertThat(store.sweep(Duration.ofHours(1))).as("younger than an hour: stays").isZero();
        Files.setLastModifiedTime(written, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        assertThat(store.sweep(Duration.ofHours(1))).isEqualTo(1);
        assertThat(written).doesNotExist();
        assertThat(store.open(sha256(shared)).readAllBytes()).isEqualTo(shared);

        byte[] old = "stored by the file store of an earlier version".getBytes();
        Path legacy = data.resolve("attachments").resolve(sha256(old));
        Files.write(legacy, old);
        assertThat(store.importFiles()).isEqualTo(1);
        assertThat(legacy).doesNotExist();
        assertThat(store.open(sha256(old)).readAllBytes()).isEqualTo(old);
        assertThat(store.importFiles()).as("nothing left to move").isZero();
    }

    private static final DeskException TOO_BIG_ERROR = DeskException.invalid("content", "T2", "too big");
    private static final Supplier<DeskException> TOO_BIG = () -> TOO_BIG_ERROR;

    private Instant now = Instant.parse("2026-03-02T05:30:00Z");
    private final org.h2.jdbcx.JdbcDataSource db = new org.h2.jdbcx.JdbcDataSource();

    /** A store on a private in-memory H2, migrated by the product's own Flyway scripts, on a clock the test moves. */
    private AttachmentStore store(long maxMegabytes) {
        db.setURL("jdbc:h2:mem:attachments-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        org.flywaydb.core.Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        AttachmentStore store = new AttachmentStore();
        store.dataDir = data.toString();
        store.maxMegabytes = maxMegabytes;
        store.dataSource = db;
        store.clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return store;
    }

    /** The hashes of the content in the database. */
    private List<String> stored() throws Exception {
        try (var c = db.getConnection(); var rows = c.createStatement().executeQuery(
                "select sha256 from attachment_content order by sha256")) {
            List<String> hashes = new java.util.ArrayList<>();
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
            return hashes;
        }
    }

    /** An attachment row refers to the content (the ticket table's row it needs is skipped: no constraint checks). */
    private void attach(String hash) throws Exception {
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.execute("set referential_integrity false");
            s.execute("insert into attachment (id, ticket_id, file_name, content_type, size_bytes, sha256, "
                    + "uploaded_by, created_at) values (1, 1, 'a.txt', 'text/plain', 4, '" + hash + "', 'it', "
                    + "current_timestamp)");
            s.execute("set referential_integrity true");
        }
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
