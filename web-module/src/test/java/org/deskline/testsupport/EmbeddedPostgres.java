package org.deskline.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL for the tests, from the binaries Maven Central ships (io.zonky.test.postgres), so nothing
 * has to be installed. PostgreSQL refuses to run as root; when the build runs as root (CI containers) the
 * server runs as 'nobody' from a directory under /tmp that it owns.
 *
 * <pre>EmbeddedPostgres start|stop DIR PORT</pre>
 */
public final class EmbeddedPostgres {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    public static void main(String[] args) throws Exception {
        Path dir = home(Path.of(args[1]), Integer.parseInt(args[2]));
        if ("start".equals(args[0])) {
            start(dir, Integer.parseInt(args[2]));
        } else {
            stop(dir);
        }
    }

    private static Path home(Path requested, int port) {
        return isRoot() ? Path.of("/tmp", "deskline-postgresql-" + port) : requested.toAbsolutePath();
    }

    static void start(Path dir, int port) throws Exception {
        stop(dir);
        TestFiles.deleteTree(dir);
        Files.createDirectories(dir);
        Path dist = dir.resolve("dist");
        extract(dist);
        Path data = dir.resolve("data");
        if (isRoot()) {
            run(List.of("chown", "-R", "65534:65534", dir.toString()), false);
        }
        long t0 = System.nanoTime();
        run(List.of(dist.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
                "-E", "UTF-8", "--no-locale"), true);
        run(List.of(dist.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("postgresql.log").toString(), "-w", "-t", "120", "-o",
                // random_page_cost 1.1: PostgreSQL's advice for solid-state storage, as on these machines (and
                // docs/operations.md's for production); at 4, the default for spinning disks, the planner reads the
                // whole active ticket set rather than look up the 18,000 due clocks' tickets (issue 20)
                "-p " + port + " -h 127.0.0.1 -k " + dir + " -F -c random_page_cost=1.1 "
                        // a benchmark's own settings, e.g. -c shared_preload_libraries=pg_stat_statements
                        + System.getenv().getOrDefault("BENCH_PG_OPTIONS", ""), "start"), true);
        System.out.printf("PostgreSQL (embedded binaries) listening on 127.0.0.1:%d, data in %s, ready in %d ms%n",
                port, data, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    static void stop(Path dir) throws Exception {
        Path data = dir.resolve("data");
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(List.of(dir.resolve("dist/bin/pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w",
                    "stop"), true);
            System.out.println("PostgreSQL in " + data + " stopped");
        }
    }

    private static void extract(Path target) throws IOException {
        String resource = "/" + ARCHIVE;
        try (InputStream raw = EmbeddedPostgres.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out);
                        if ((entry.getMode() & 0100) != 0) {
                            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
                            perms.add(PosixFilePermission.OWNER_EXECUTE);
                            perms.add(PosixFilePermission.GROUP_EXECUTE);
                            perms.add(PosixFilePermission.OTHERS_EXECUTE);
                            Files.setPosixFilePermissions(out, perms);
                        }
                    }
                }
            }
        }
    }

    private static void run(List<String> command, boolean asServerUser) throws Exception {
        List<String> full = new ArrayList<>();
        if (asServerUser && isRoot()) {
            full.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("Command failed: " + full + "\n" + output);
        }
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

}
