package org.deskline.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
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
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key " + file, e);
        }
    }
}
