package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.cli.Main;

/**
 * The CLI has no cancel button: a user stops it with Ctrl-C or kill, which ends the JVM wherever it is. Its promise
 * is that outputs are written only once everything is computed, through a temporary file and an atomic rename, so a
 * killed run leaves every output file as it was and no partial file. Here a training {@code lnet} process in a child
 * JVM is killed (SIGKILL) as soon as it reports a step of its descent of 2·10^9 steps (an event on its stderr, not a
 * delay); the existing output files must be byte-identical and the directory unchanged. The same command with fewer
 * steps, run to the end, does write the files, so the comparison is not vacuous.
 */
@Tag("slow")
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
            "-cp", System.getProperty("java.class.path"), ProgressShowingCli.class.getName()));
        cmd.addAll(train);
        cmd.addAll(List.of("--steps", "2000000000"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        // the event: the child reports a descent step on its progress line, so it is inside the descent loop, past
        // reading its inputs and before writing anything; the timeout only guards against a child that never gets there
        StringBuilder log = new StringBuilder();
        CompletableFuture<Boolean> descending = CompletableFuture.supplyAsync(() -> {
            try (Reader r = new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)) {
                for (int ch = r.read(); ch >= 0; ch = r.read()) {
                    log.append((char) ch);
                    if (log.indexOf("gradient descent step") >= 0) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertTrue(descending.get(120, TimeUnit.SECONDS), "the child reports its descent: " + log);
        assertTrue(child.isAlive(), "the training is still running when it is killed: " + log);
        child.destroyForcibly();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
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

    /**
     * The child: lnet's {@code Main} with its progress line switched on as on a terminal (the test hook
     * {@code Terminal.forced}, set by reflection since the class is package-private), so it reports where it is.
     */
    public static final class ProgressShowingCli {
        private ProgressShowingCli() {
        }

        public static void main(String[] args) throws Exception {
            Field forced = Class.forName("org.lnet.cli.Terminal").getDeclaredField("forced");
            forced.setAccessible(true);
            forced.set(null, Boolean.TRUE);
            Main.main(args);
        }
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
