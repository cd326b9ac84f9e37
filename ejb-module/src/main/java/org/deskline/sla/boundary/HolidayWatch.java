package org.deskline.sla.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * S2: at start-up and once a day, the default Tehran calendar gets Iran's official holidays for the current and the
 * next Solar Hijri year, each year once (ShippedHolidays; DESK_SLA_IRAN_HOLIDAYS=false turns it off). What it adds
 * is in the database, so a restart or a second server adds nothing twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HolidayWatch {

    private static final Logger LOG = Logger.getLogger(HolidayWatch.class.getName());
    private static final long DAY_MILLIS = 24L * 3600 * 1000;

    @Inject
    ShippedHolidays shipped;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(2_000, DAY_MILLIS, new TimerConfig("holiday-watch", false));
    }

    @Timeout
    void check() {
        try {
            shipped.ship();
        } catch (RuntimeException e) {
            // another server added the same year at the same moment: its entries stand; tomorrow looks again
            LOG.warning(() -> "Adding the official holidays: " + e);
        }
    }
}
