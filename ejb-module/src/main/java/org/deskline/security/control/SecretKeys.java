package org.deskline.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.deskline.platform.control.DataDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the {@link SecretBox}: DESK_SECRET_KEY (base64 of 32 bytes) in production; on embedded defaults a key
 * generated once into {@code <data dir>/secret.key} (owner-only), so the database alone never opens the secrets.
 */
@ApplicationScoped
public class SecretKeys {

    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

    @Inject
    @ConfigProperty(name = "desk.secret.key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = DataDirectory.PROPERTY, defaultValue = DataDirectory.DEFAULT)
    String dataDir;

    private SecretBox box;

    /**
     * Issue 16: a key file that others on the machine can read is refused at start-up, not at the first secret,
     * so a careless copy or restore (which often drops the owner-only mode) stops the server with the fix named.
     */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (configured.filter(k -> !k.isBlank()).isEmpty()) {
            Path file = Path.of(dataDir, "secret.key");
            if (Files.exists(file)) {
                checkOwnerOnly(file);
            }
        }
    }

    /** Refuses a key file that its group or others may read, write or run. */
    static void checkOwnerOnly(Path file) {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> others = EnumSet.complementOf(EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            others.retainAll(mode);
            if (!others.isEmpty()) {
                throw new IllegalStateException("The secret key " + file + " is open to others ("
                        + PosixFilePermissions.toString(mode) + "): run 'chmod 600 " + file
                        + "' (and keep the file out of shared backups), or set DESK_SECRET_KEY.");
            }
        } catch (UnsupportedOperationException notPosix) {
            LOG.warning(() -> "Cannot check who may read " + file + " on this file system; keep it owner-only.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the permissions of " + file, e);
        }
    }

    public synchronized SecretBox box() {
        if (box == null) {
            box = new SecretBox(configured.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.strip()))
                    .orElseGet(this::fileKey));
        }
        return box;
    }

    private byte[] fileKey() {
        Path file = Path.of(dataDir, "secret.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(SecretBox.newKey()));
                    LOG.warning(() -> "DESK_SECRET_KEY is not set: generated a secret key in " + file
                            + " (back it up with the database; set DESK_SECRET_KEY in production)");
                } catch (FileAlreadyExistsException raced) {
                    // another server on the same data directory made it first
                }
            }
            checkOwnerOnly(file);
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key " + file, e);
        }
    }
}
