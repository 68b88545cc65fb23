package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.cli.Main;

/**
 * The CLI has no cancel button: a user stops it with Ctrl-C or kill, which ends the JVM wherever it is. Its promise
 * is that outputs are written only once everything is computed, through a temporary file and an atomic rename, so a
 * killed run leaves every output file as it was and no partial file. Here a training {@code lnet} process in a child
 * JVM is killed (SIGKILL) after it has spent two seconds of CPU time, well past start-up, in a descent of 2·10^9
 * steps; the existing output files must be byte-identical and the directory unchanged. The same command with fewer
 * steps, run to the end, does write the files, so the comparison is not vacuous.
 */
class CliKillTest {

    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aKilledTrainingLeavesItsOutputFilesAsTheyWere() throws Exception {
        Files.writeString(dir.resolve("X.csv"), Cases.TALL.xCsv());
        Files.writeString(dir.resolve("Y.csv"), Cases.TALL.yCsv());
        assertEquals(0, cli("init", "--d", "4", "--m", "1", "--width", "6", "--seed", "3", "--out-u", p("U0.csv"),
            "--out-v", p("V0.csv")));
        List<String> outputs = List.of("U.csv", "V.csv", "traj.csv");
        for (String o : outputs) {
            Files.writeString(dir.resolve(o), "an earlier result\n");
        }
        TreeSet<String> before = listing();
        List<String> train = new ArrayList<>(List.of("train", "--x", p("X.csv"), "--y", p("Y.csv"), "--u0",
            p("U0.csv"), "--v0", p("V0.csv"), "--method", "gd", "--lr", "1e-9", "--out-u", p("U.csv"), "--out-v",
            p("V.csv"), "--trajectory", p("traj.csv")));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(train);
        cmd.addAll(List.of("--steps", "1000000000"));
        long started = System.nanoTime();
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && cpu(child, started).compareTo(Duration.ofSeconds(2)) < 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(child.isAlive(), "the training is still running when it is killed: "
            + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        Files.delete(dir.resolve("child.log"));
        for (String o : outputs) {
            assertEquals("an earlier result\n", Files.readString(dir.resolve(o)), o);
        }
        assertEquals(before, listing(), "no partial or temporary file is left");

        train.addAll(List.of("--steps", "50"));
        assertEquals(0, cli(train.toArray(new String[0])));
        for (String o : outputs) {
            assertFalse(Files.readString(dir.resolve(o)).startsWith("an earlier"), o + " is written by a finished run");
        }
        assertEquals(before, listing());
    }

    /** The child's CPU time so far; where the platform does not report it, the time since its start stands in. */
    private static Duration cpu(Process p, long started) {
        return p.info().totalCpuDuration().orElse(Duration.ofNanos(System.nanoTime() - started));
    }

    private static int cli(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private TreeSet<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            TreeSet<String> out = new TreeSet<>();
            files.forEach(f -> out.add(f.getFileName().toString()));
            return out;
        }
    }
}
