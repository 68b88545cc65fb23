package org.lnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lnet.engine.InvalidInputException;

/**
 * The output set on its own (the command-level behaviour is the reliability matrix's): all-or-nothing publication
 * with the old files restored, kept permissions, stale temporary files of dead runs removed and live ones kept,
 * and runs of this JVM serialized on a directory.
 */
class OutputsTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailingOutputLeavesEveryOtherAsItWas() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "old a");
        Outputs o = new Outputs();
        o.output("out-a", dir.resolve("a.csv"));
        o.output("out-b", dir.resolve("new/b.csv"));
        o.output("out-c", Path.of("/dev/full"));
        o.put(dir.resolve("a.csv"), "new a");
        o.put(dir.resolve("new/b.csv"), "new b");
        o.put(Path.of("/dev/full"), "c");
        Outputs.OutputException e = assertThrows(Outputs.OutputException.class, o::commit);
        assertTrue(e.getMessage().startsWith("Cannot write /dev/full (--out-c): no space left on device."), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("a.csv") + " is unchanged"), e.getMessage());
        assertEquals("old a", Files.readString(dir.resolve("a.csv")));
        assertEquals(List.of("a.csv"), names(), "no temporary file, and the directory it created is gone");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path f = dir.resolve("secret.csv");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        Outputs o = new Outputs();
        o.output("out", f);
        o.put(f, "new");
        o.commit();
        assertEquals("new", Files.readString(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void staleTemporaryFilesOfDeadRunsAreRemovedAndLiveOnesKept() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long start = p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(1L);
        String dead = ".lnet-" + p.pid() + "-" + start + "-0.tmp";
        String live = DirectoryLock.tempName(7, "tmp");
        Files.writeString(dir.resolve(dead), "left by a killed run");
        Files.writeString(dir.resolve(live), "another run's (this JVM's) file in progress");
        assertTrue(DirectoryLock.isTempName(dead) && DirectoryLock.isTempName(live));
        new Outputs().output("out", dir.resolve("x.csv"));
        assertEquals(List.of(live), names());
    }

    @Test
    void anOutputThatIsAnInputOrAnotherOutputIsRefused() throws Exception {
        Path x = Files.writeString(dir.resolve("X.csv"), "1\n");
        Files.createLink(dir.resolve("same.csv"), x);
        Outputs o = new Outputs();
        o.input("x", x);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> o.output("out", dir.resolve("same.csv")));
        assertTrue(e.getMessage().contains("is the input file of --x"), e.getMessage());
        o.output("out-u", dir.resolve("u.csv"));
        e = assertThrows(InvalidInputException.class, () -> o.output("out-v", dir.resolve("./u.csv")));
        assertTrue(e.getMessage().contains("Two outputs would go to the same file"), e.getMessage());
    }

    /** Two runs of this JVM publishing the same pair: each pair lands whole, never one file of each. */
    @Test
    void concurrentRunsIntoTheSameFilesPublishWholePairs() throws Exception {
        for (int round = 0; round < 20; round++) {
            List<CompletableFuture<Void>> runs = Stream.of("1", "2").map(tag -> CompletableFuture.runAsync(() -> {
                Outputs o = new Outputs();
                o.output("out-u", dir.resolve("U.csv"));
                o.output("out-v", dir.resolve("V.csv"));
                o.put(dir.resolve("U.csv"), "U" + tag);
                o.put(dir.resolve("V.csv"), "V" + tag);
                o.commit();
            })).toList();
            runs.forEach(CompletableFuture::join);
            String u = Files.readString(dir.resolve("U.csv"));
            assertEquals("V" + u.substring(1), Files.readString(dir.resolve("V.csv")));
            assertEquals(List.of("U.csv", "V.csv"), names());
        }
        assertFalse(Files.exists(dir.resolve(DirectoryLock.LOCK_NAME)), "the lock file goes with the lock");
    }
}
