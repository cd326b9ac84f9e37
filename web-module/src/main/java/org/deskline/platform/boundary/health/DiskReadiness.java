package org.deskline.platform.boundary.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import org.deskline.platform.control.DataDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Issue 22, readiness: the data directory (embedded database, broker journal, attachments) has at least
 * {@code DESK_HEALTH_DISK_MIN_MB} MiB free (default 100).
 */
@Readiness
@ApplicationScoped
public class DiskReadiness implements HealthCheck {

    @Inject
    @ConfigProperty(name = DataDirectory.PROPERTY, defaultValue = DataDirectory.DEFAULT)
    String dataDirectory;

    @Inject
    @ConfigProperty(name = "desk.health.disk.min.mb", defaultValue = "100")
    long minimumMb;

    @Override
    public HealthCheckResponse call() {
        File dir = new File(dataDirectory).getAbsoluteFile();
        while (dir != null && !dir.exists()) {
            dir = dir.getParentFile(); // not made yet: the disk it will be made on
        }
        long freeMb = dir == null ? 0 : dir.getUsableSpace() / (1024 * 1024);
        return HealthCheckResponse.named("data-disk").status(freeMb >= minimumMb).withData("freeMb", freeMb)
                .withData("minimumMb", minimumMb).build();
    }
}
