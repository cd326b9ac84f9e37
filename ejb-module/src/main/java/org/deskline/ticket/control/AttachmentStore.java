package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.DirectoryStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.deskline.platform.DeskException;
import org.deskline.platform.control.DataDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps attachment bytes as files named by their SHA-256 under DESK_DATA_DIR/attachments: content is streamed
 * to disk while it is hashed and counted (never held whole in memory), refused as soon as it passes its budget
 * (the size limit, or what is left of a quota), checked against the client's SHA-256, and only then published
 * under its hash: a refused upload leaves no file behind (issue 16, finding 3). A file is stored once however often
 * it is attached; {@link #sweep} removes what no attachment row refers to any more. Several servers need this
 * directory shared.
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
            Path target = dir.resolve(hash);
            if (Files.exists(target)) {
                // stored before (perhaps unreferenced and due for the sweep): fresh again, so the sweep waits
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            temp = null;
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

    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(root().resolve(HexFormat.of().formatHex(HexFormat.of().parseHex(sha256))));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment content " + sha256 + " is missing from the store", e);
        }
    }

    /**
     * Deletes content files that {@code referenced} does not know and partial uploads, both only when untouched
     * for {@code olderThan} (an upload in flight, or a row not yet committed, is younger). A file's age is measured
     * in the file system's time, which wrote it, not in the application's clock. Returns how many went.
     */
    public int sweep(java.time.Duration olderThan, Function<Set<String>, Set<String>> referenced) {
        Instant before = Instant.now().minus(olderThan);
        Path dir = root();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    candidates.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        for (int from = 0; from < candidates.size(); from += 500) {
            java.util.List<Path> batch = candidates.subList(from, Math.min(candidates.size(), from + 500));
            Set<String> known = referenced.apply(batch.stream().map(f -> f.getFileName().toString())
                    .filter(AttachmentStore::isHash).collect(java.util.stream.Collectors.toSet()));
            for (Path file : batch) {
                String name = file.getFileName().toString();
                boolean stray = name.startsWith(PART_PREFIX) || isHash(name) && !known.contains(name);
                if (stray && delete(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete unreferenced attachment file " + file + ": " + e);
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
