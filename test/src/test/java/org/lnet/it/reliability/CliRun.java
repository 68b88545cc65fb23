package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.lnet.cli.Main;

/**
 * One {@code lnet} command run for the output and input rows: in this JVM through {@code Main.run}, or as a child
 * JVM (for signals, locks held by another process, and resource limits). Messages are returned without the
 * {@code "lnet CMD: "} prefix and with the run's directory removed, so the matrix holds no temporary paths.
 */
record CliRun(int code, String out, String message) {

    static CliRun in(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), clean(dir, args[0],
            err.toString(StandardCharsets.UTF_8)));
    }

    /** The message as the matrix shows it: the first paragraph, without prefix, directory and stack traces. */
    static String clean(Path dir, String command, String stderr) {
        assertTrue(!stderr.contains("\tat ") && !stderr.contains("Exception"), "no stack trace: " + stderr);
        String m = stderr.split("\n\n")[0].strip();
        String prefix = "lnet " + command + ": ";
        if (m.startsWith(prefix)) {
            m = m.substring(prefix.length());
        }
        return m.replace(dir.toAbsolutePath() + java.io.File.separator, "").replace(dir + java.io.File.separator, "");
    }

    /**
     * Starts {@code lnet} in a child JVM in {@code dir}, its output and errors to files there (removed by
     * {@link #finish}).
     *
     * @param fileLimitKiB a limit on the size of files the child may write (bash's {@code ulimit -f}), 0 for none
     */
    static Process child(Path dir, int fileLimitKiB, String... args) throws IOException {
        return childWith("-Xshare:auto", dir, fileLimitKiB, args);
    }

    /** As {@link #child(Path, int, String...)}, with one option for the child's JVM (e.g. its heap limit). */
    static Process childWith(String jvmOption, Path dir, int fileLimitKiB, String... args) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:-UsePerfData", jvmOption, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        java.addAll(List.of(args));
        List<String> cmd = java;
        if (fileLimitKiB > 0) {
            cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + fileLimitKiB + " && exec \"$@\"", "lnet"));
            cmd.addAll(java);
        }
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile()).start();
    }

    /** Waits for a child started by {@link #child}, returns its run and removes its log files. */
    static CliRun finish(Process p, Path dir, String command) throws IOException, InterruptedException {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child ends");
        String out = Files.readString(dir.resolve("child.out"));
        String err = Files.readString(dir.resolve("child.err"));
        Files.delete(dir.resolve("child.out"));
        Files.delete(dir.resolve("child.err"));
        return new CliRun(p.exitValue(), out, clean(dir, command, err));
    }

    /** The names in a directory (the child's log files excluded). */
    static TreeSet<String> listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            TreeSet<String> out = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("child.")).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Blocks until the directory's names satisfy the condition, woken by the file system's change events (inotify)
     * rather than polling on a timer; fails after a minute.
     */
    static void awaitListing(Path dir, Predicate<TreeSet<String>> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            while (!condition.test(listing(dir))) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "waiting for " + what + "; the directory holds " + listing(dir));
                var key = watch.poll(left, TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (ClosedWatchServiceException e) {
            throw new AssertionError(e);
        }
    }
}
