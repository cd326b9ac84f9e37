package org.deskline.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A self-signed server certificate for localhost made with the JDK's keytool, as an operator would make a test
 * certificate (docs/security.md): DIR/keystore.p12, its password in DIR/password. Tests trust that keystore.
 */
public final class TestKeystore {

    public static final String ALIAS = "deskline";

    private TestKeystore() {
    }

    public static Path create(Path dir) throws Exception {
        TestFiles.deleteTree(dir);
        Files.createDirectories(dir);
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Path keystore = dir.resolve("keystore.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + Files.readString(dir.resolve("keytool.log")));
        }
        Files.writeString(dir.resolve("password"), password);
        return keystore;
    }
}
