package org.deskline.alert.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issue 22, fast takeover: this server's alert relay says every second that it lives ({@code relay_instance}). Its
 * claims on pending alerts hold only while it does; when another relay has not beaten for {@link AlertClaims#STALE},
 * this one forgets it and relays at once, so alerts a killed server had claimed leave within about four seconds
 * instead of after the 60 s lease. Stopped in good order, the server removes its row: its claims are free at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RelayHeartbeat {

    /** Another server's relay stopped beating: what it had claimed can be sent now. */
    public record RelaysLost(int count) {
    }

    private static final Logger LOG = Logger.getLogger(RelayHeartbeat.class.getName());
    private static final long PERIOD_MS = 1_000;

    private final String id = UUID.randomUUID().toString();
    private final String host = host();

    @Inject
    AlertClaims claims;

    @Inject
    Clock clock;

    @Inject
    Event<RelaysLost> lost;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> beating;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        claims.beat(id, host, clock.instant()); // before the relay's first claim
        beating = scheduler.scheduleAtFixedRate(this::beat, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Alert relay " + id + " on " + host + " beats every second");
    }

    /** This server's relay: the {@code claimed_by} of what it claims. */
    public String relayId() {
        return id;
    }

    private void beat() {
        try {
            claims.beat(id, host, clock.instant());
            int dead = claims.forgetDead(clock.instant());
            if (failing) {
                failing = false;
                LOG.info("Alert relay heartbeat written again");
            }
            if (dead > 0) {
                LOG.warning(() -> dead + " alert relay(s) stopped beating; their claims are taken over");
                lost.fire(new RelaysLost(dead));
            }
        } catch (RuntimeException e) {
            // never thrown out: the scheduler would stop beating for good
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Alert relay heartbeat not written; trying every second", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (beating != null) {
            beating.cancel(false);
        }
        try {
            claims.gone(id);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Alert relay row left for the others to forget: " + e);
        }
    }

    private static String host() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            name = "unknown";
        }
        String host = name + "/" + ProcessHandle.current().pid();
        return host.length() > 255 ? host.substring(0, 255) : host;
    }
}
