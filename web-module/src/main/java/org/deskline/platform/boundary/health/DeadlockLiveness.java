package org.deskline.platform.boundary.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Issue 22, liveness (restart me, not only take me out of the balancer): no threads are deadlocked. A database or
 * broker outage is no reason to restart: readiness says those. The answer says how many threads; the server log
 * gets, once per deadlock, what an operator needs to report it: each thread's stack, the lock it waits for and
 * who holds it (the answer itself is public and says nothing of the code).
 */
@Liveness
@ApplicationScoped
public class DeadlockLiveness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DeadlockLiveness.class.getName());

    private final AtomicReference<String> reported = new AtomicReference<>("");

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        if (count > 0) {
            report(threads, deadlocked);
        }
        return HealthCheckResponse.named("deadlocks").status(count == 0).withData("deadlockedThreads", count).build();
    }

    private void report(ThreadMXBean threads, long[] deadlocked) {
        long[] ids = deadlocked.clone();
        Arrays.sort(ids);
        String key = Arrays.toString(ids);
        if (key.equals(reported.getAndSet(key))) {
            return;
        }
        StringBuilder dump = new StringBuilder("Liveness DOWN: ").append(ids.length).append(" threads deadlocked");
        for (ThreadInfo info : threads.getThreadInfo(ids, true, true)) {
            if (info == null) {
                continue;
            }
            dump.append("\n\"").append(info.getThreadName()).append("\" waits for ").append(info.getLockName())
                    .append(" held by \"").append(info.getLockOwnerName()).append('"');
            for (StackTraceElement frame : info.getStackTrace()) {
                dump.append("\n\tat ").append(frame);
            }
            Arrays.stream(info.getLockedSynchronizers()).forEach(s -> dump.append("\n\tholds ").append(s));
            Arrays.stream(info.getLockedMonitors()).forEach(m -> dump.append("\n\tholds ").append(m)
                    .append(" (locked at ").append(m.getLockedStackFrame()).append(')'));
        }
        LOG.severe(dump::toString);
    }
}
