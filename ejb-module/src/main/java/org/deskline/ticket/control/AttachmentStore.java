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
import java.util.HexFormat;
import org.deskline.platform.DeskException;
import org.deskline.platform.control.DataDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps attachment bytes as files named by their SHA-256 under DESK_DATA_DIR/attachments: content is streamed
 * to disk while it is hashed and counted (never held whole in memory), refused as soon as it passes the size
 * limit, and stored once however often it is attached. Several servers need this directory shared.
 */
@ApplicationScoped
public class AttachmentStore {

    public record Stored(String sha256, long size) {
    }

    @Inject
    @ConfigProperty(name = DataDirectory.PROPERTY, defaultValue = DataDirectory.DEFAULT)
    String dataDir;

    @Inject
    @ConfigProperty(name = "desk.attachment.max.mb", defaultValue = "25")
    long maxMegabytes;

    public long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    public Stored store(InputStream content) {
        Path dir = root();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                int n;
                while ((n = content.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes()) {
                        throw DeskException.invalid("content", "T2",
                                "An attachment is at most " + maxMegabytes + " MB.");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw DeskException.invalid("content", "T2", "The attachment is empty.");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = dir.resolve(hash);
            if (Files.exists(target)) {
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
                    // a stray .part file is harmless
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

    private Path root() {
        return Path.of(dataDir, "attachments");
    }
}
