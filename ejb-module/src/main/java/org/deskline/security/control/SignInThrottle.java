package org.deskline.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's one {@link LoginThrottle}, shared by the console, SOAP and the broker; limits from configuration. */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "desk.login.free.tries", defaultValue = "5")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "desk.login.free.tries.per.address", defaultValue = "100")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "desk.login.max.lock.seconds", defaultValue = "900")
    long maxLockSeconds;

    @Inject
    Clock clock;

    private LoginThrottle throttle;

    @PostConstruct
    void start() {
        LoginThrottle.Limits standard = LoginThrottle.Limits.standard();
        throttle = new LoginThrottle(new LoginThrottle.Limits(Math.max(1, freePerAccount), Math.max(1, freePerAddress),
                standard.firstLock(), Duration.ofSeconds(Math.max(1, maxLockSeconds)), standard.forgetAfter(),
                standard.maxKeys()), clock);
    }

    public LoginThrottle throttle() {
        return throttle;
    }
}
