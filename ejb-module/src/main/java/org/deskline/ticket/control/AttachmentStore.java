package org.deskline.ticket.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.DirectoryStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.deskline.platform.DeskException;
import javax.sql.DataSource;
import org.deskline.platform.control.DataDirectory;
import org.deskline.platform.control.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps attachment content in the database, addressed by its SHA-256 ({@link AttachmentContents}, issue 22): an
 * upload is streamed to a spool file under DESK_DATA_DIR/attachments while it is hashed and counted (never held whole
 * in memory), refused as soon as it passes its budget (the size limit, or what is left of a quota), checked against
 * the client's SHA-256, and only then written to the database in the caller's transaction: a refused upload leaves
 * nothing behind (issue 16, finding 3). Content is stored once however often it is attached; {@link #sweep} removes
 * what no attachment row refers to any more. Every server of a cluster reads the same content; the spool directory
 * is each server's own. Files of the earlier file store found there are moved into the database at start-up
 * ({@link #importFiles}).
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());
    private static final String PART_PREFIX = "upload-";

    /** What was stored: its hash and size. */
    public record Stored(String sha256, long size) {
    }

    @Inject
    @ConfigProperty(name = DataDirectory.PROPERTY, defaultValue = DataDirectory.DEFAULT)
    String dataDir;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.attachment.max.mb", defaultValue = "25")
    long maxMegabytes;

    @Inject
    @ConfigProperty(name = "desk.attachment.ticket.quota.mb", defaultValue = "250")
    long ticketQuotaMegabytes;

    @Inject
    @ConfigProperty(name = "desk.attachment.organization.quota.mb", defaultValue = "10240")
    long organizationQuotaMegabytes;

    public long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    /** The size limit and the quotas, from DESK_ATTACHMENT_MAX_MB, _TICKET_QUOTA_MB and _ORGANIZATION_QUOTA_MB. */
    public AttachmentQuota quota() {
        return new AttachmentQuota(maxBytes(), ticketQuotaMegabytes * 1024 * 1024,
                organizationQuotaMegabytes * 1024 * 1024);
    }

    /**
     * Streams {@code content} into the store. More than {@code budget} bytes stop the upload with
     * {@code overBudget}'s error; an empty upload or one whose SHA-256 differs from {@code expectedSha256} (when
     * given) is refused; in every refusal the partial file is deleted.
     */
    public Stored store(InputStream content, String expectedSha256, long budget, Supplier<DeskException> overBudget) {
        Path dir = root();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, PART_PREFIX, ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                int n;
                while ((n = content.read(buffer)) != -1) {
                    size += n;
                    if (size > budget) {
                        throw overBudget.get();
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw DeskException.invalid("content", "T2", "The attachment is empty.");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            AttachmentRules.checkChecksum(expectedSha256, hash);
            // stored before (perhaps unreferenced and due for the sweep): only marked fresh, so the sweep waits
            contents().keep(hash, size, temp, clock.instant());
            return new Stored(hash, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an attachment in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the sweep removes a stray .part file
                }
            }
        }
    }

    /** The content, streamed from the database a chunk at a time. */
    public InputStream open(String sha256) {
        String hash = HexFormat.of().formatHex(HexFormat.of().parseHex(sha256));
        Path legacy = root().resolve(hash);
        if (!contents().has(hash) && Files.isRegularFile(legacy)) {
            // written by an instance of a version before V46 into a shared directory (a rolling upgrade): stored
            // now, and the file left to the sweep, so instances of the old version can still read it meanwhile
            try {
                contents().keep(hash, Files.size(legacy), legacy, clock.instant());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read attachment file " + legacy, e);
            }
        }
        return contents().open(hash);
    }

    /**
     * Deletes content no attachment refers to and stray spool files, both only when untouched for {@code olderThan}
     * (an upload in flight, or a row not yet committed, is younger): content by the application's clock, which
     * stamped it; a spool file by the file system's time, which wrote it. Returns how many went.
     */
    public int sweep(java.time.Duration olderThan) {
        int deleted = 0;
        int swept;
        do {
            swept = contents().sweep(clock.instant().minus(olderThan), 500);
            deleted += swept;
        } while (swept == 500);
        return deleted + sweepSpool(olderThan) + importFiles(olderThan);
    }

    /**
     * Moves the files of the earlier file store (named by their SHA-256 in the spool directory) into the database,
     * one at a time, each deleted once its content is stored; returns how many moved. Run at start-up for every file,
     * and by the sweep for files untouched for {@code olderThan} (in a rolling upgrade with a shared directory,
     * instances of the old version still write and read files there for a while).
     */
    public int importFiles() {
        return importFiles(java.time.Duration.ZERO);
    }

    public int importFiles(java.time.Duration olderThan) {
        Instant before = Instant.now().minus(olderThan);
        Path dir = root();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path file : all) {
                if (isHash(file.getFileName().toString())
                        && !Files.getLastModifiedTime(file).toInstant().isAfter(before)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        int moved = 0;
        for (Path file : files) {
            String hash = file.getFileName().toString();
            try {
                if (!contents().has(hash)) {
                    contents().keep(hash, Files.size(file), file, clock.instant());
                }
                Files.delete(file);
                moved++;
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "Cannot move attachment file " + file + " into the database: " + e);
            }
        }
        return moved;
    }

    private AttachmentContents contents() {
        return new AttachmentContents(dataSource);
    }

    private int sweepSpool(java.time.Duration olderThan) {
        Instant before = Instant.now().minus(olderThan);
        Path dir = root();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PART_PREFIX + "*")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && delete(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return deleted;
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete stray spool file " + file + ": " + e);
            return false;
        }
    }

    private static boolean isHash(String name) {
        return name.length() == 64 && name.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    private Path root() {
        return Path.of(dataDir, "attachments");
    }
}
