package org.deskline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Issue 22: the application's database connection pool on {@code /metrics}: connections in use, idle, and the
 * pool's maximum. The pool is the one Payara made for {@link org.deskline.platform.control.SchemaMigration}'s
 * {@code @DataSourceDefinition}; Payara's own metrics cover only pools defined in the domain, and neither Jakarta EE
 * nor MicroProfile can ask a container pool how full it is, so this reads Payara's pool manager (the pool status its
 * own monitoring shows) by reflection at each scrape. On a server without that manager (another container) the
 * gauges are not registered and the start-up log says so; where it cannot be read they show 0 and the log says why,
 * once. {@code TicketSlaInServerIT} proves the reading on the Payara Micro this project ships with.
 */
@ApplicationScoped
public class DatabasePoolMetrics {

    public static final String CONNECTIONS = "deskline.db.pool.connections";
    public static final String MAX = "deskline.db.pool.max";
    /** Part of the name Payara derives for the pool of {@code java:app/jdbc/deskline}. */
    static final String POOL_NAME_PART = "jdbc/deskline";

    private static final Logger LOG = Logger.getLogger(DatabasePoolMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (manager() == null) {
            LOG.warning("The database pool's usage is not on /metrics: this server does not show its pools "
                    + "(Payara's pool manager was not found)");
            return;
        }
        Metadata connections = Metadata.builder().withName(CONNECTIONS)
                .withDescription("Connections of the application's database pool, by state (used, idle)").build();
        registry.gauge(connections, this, m -> m.read(Status::used), new Tag("state", "used"));
        registry.gauge(connections, this, m -> m.read(Status::idle), new Tag("state", "idle"));
        registry.gauge(Metadata.builder().withName(MAX)
                .withDescription("The most connections the application's database pool opens").build(), this,
                m -> m.read(Status::max));
    }

    /** Connections handed out, connections open and waiting, and the most the pool opens. */
    public record Status(int used, int idle, int max) {
    }

    /** A part of the pool's status now; 0 before the pool's first connection (the server creates it then). */
    private long read(java.util.function.ToIntFunction<Status> part) {
        Status s = status();
        return s == null ? 0 : part.applyAsInt(s);
    }

    /** Payara's pool manager, or null on a server without one. */
    private static Object manager() {
        try {
            Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat")
                    .invoke(null);
            return locator == null ? null : locator.getClass().getMethod("getService", Class.class,
                    Annotation[].class).invoke(locator, Class.forName("com.sun.enterprise.resource.pool.PoolManager"),
                    new Annotation[0]);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The pool's status now, or null while the server has no such pool. */
    public static Status status() {
        try {
            Object manager = manager();
            if (manager == null) {
                return null;
            }
            Map<?, ?> pools = poolTable(manager);
            List<String> names = new ArrayList<>();
            for (Object pool : pools.values()) {
                String name = String.valueOf(call(call(pool, "getPoolInfo"), "getName"));
                names.add(name);
                if (name.contains(POOL_NAME_PART)) {
                    Object status = call(pool, "getPoolStatus");
                    return new Status((Integer) call(status, "getNumConnUsed"),
                            (Integer) call(status, "getNumConnFree"), (Integer) call(pool, "getMaxPoolSize"));
                }
            }
            explainOnce("no pool named *" + POOL_NAME_PART + "* among " + names);
            return null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            explainOnce("reading Payara's pool manager failed: " + (e instanceof InvocationTargetException i
                    ? i.getCause() : e));
            return null;
        }
    }

    /**
     * The manager's pools by name. Payara 6 has no public accessor for them (getMonitoredPoolTable is left
     * unsupported), so its field is read; another Payara release may name it differently, and the log says so.
     */
    private static Map<?, ?> poolTable(Object manager) throws ReflectiveOperationException {
        for (Class<?> type = manager.getClass(); type != null; type = type.getSuperclass()) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (field.getName().equals("poolTable") && Map.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    return (Map<?, ?>) field.get(manager);
                }
            }
        }
        throw new NoSuchFieldException(manager.getClass().getName() + ".poolTable");
    }

    private static final AtomicBoolean EXPLAINED = new AtomicBoolean();

    /** Why the gauges read 0, in the log once (the pool appears with the first connection; until then, not at all). */
    private static void explainOnce(String why) {
        if (EXPLAINED.compareAndSet(false, true)) {
            LOG.info(() -> "Database pool gauges read 0 for now: " + why);
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        java.lang.reflect.Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }
}
