package org.deskline.alert.control;

import java.util.Map;
import org.apache.activemq.artemis.utils.DefaultSensitiveStringCodec;

/**
 * A partner's password in the form an external Artemis broker checks it: the broker's own one-way hash (salted
 * PBKDF2) wrapped in {@code ENC(...)}, the way {@code artemis user add} writes artemis-users.properties. Made when
 * the password is set (the only moment Deskline sees it), so the broker account can be created or restored later
 * without ever storing the password itself.
 */
public final class BrokerSecrets {

    private BrokerSecrets() {
    }

    public static String hash(String password) {
        try {
            return "ENC(" + codec().encode(password) + ")";
        } catch (Exception e) {
            throw new IllegalStateException("Cannot hash a partner password for the broker", e);
        }
    }

    /** True when {@code password} is the one {@code secret} was made from, as the broker would decide. */
    public static boolean matches(String password, String secret) {
        if (secret == null || !secret.startsWith("ENC(") || !secret.endsWith(")")) {
            return false;
        }
        try {
            return codec().verify(password.toCharArray(), secret.substring(4, secret.length() - 1));
        } catch (Exception e) {
            return false;
        }
    }

    private static DefaultSensitiveStringCodec codec() throws Exception {
        DefaultSensitiveStringCodec codec = new DefaultSensitiveStringCodec();
        codec.init(Map.of(DefaultSensitiveStringCodec.ALGORITHM, DefaultSensitiveStringCodec.ONE_WAY));
        return codec;
    }
}
