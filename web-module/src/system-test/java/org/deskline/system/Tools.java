package org.deskline.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** External programs the black-box tests drive (a browser, Node, Maven): found on the machine, never downloaded. */
final class Tools {

    private Tools() {
    }

    /** Skips the test on a developer machine without the tool; under CI=true a missing tool is a failure. */
    static void require(boolean present, String why) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why);
        }
        Assumptions.abort(why);
    }

    /** The executable on the PATH, if any. */
    static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    record Result(int exitCode, String output) {
    }

    /** Runs a command in DIR to its end (killed after the timeout), its output logged to DIR/LOG. */
    static Result run(Path dir, String log, Duration timeout, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        Path out = dir.resolve(log);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(command + " did not end within " + timeout + ":\n" + read(out));
        }
        return new Result(p.exitValue(), read(out));
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
