package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.lnet.it.reliability.Case.Host;

/**
 * Issue #13's output rows: what the CLI's outputs are after a failure, under concurrency and signals, and when the
 * target is not a plain file. Each row runs real {@code lnet} commands (in this JVM or as child JVMs) and asserts
 * exit codes and the files afterwards, byte for byte. The failures are ones that hit root as well (CI runs as root,
 * for whom a read-only directory is writable): /dev/full (no space left on device), a file-size limit (bash's
 * {@code ulimit -f}, "file too large"), a parent that is a regular file, a name longer than 255 bytes, a FIFO
 * nobody reads. Waiting is on events (file-system notifications of the run's temporary and lock files), never on
 * sleeps.
 */
final class OutputRows {

    static final String SECTION = "Outputs under failure, concurrency and signals";
    static final String SENTINEL = "an earlier result\n";
    private static final String NO_FILES = "the node layer writes no files; hosts store its outputs";

    private OutputRows() {
    }

    static Stream<DynamicNode> tests(MatrixDoc doc, Path tmp) {
        doc.section(SECTION, "The command line's promise (the other hosts store outputs by their own means: KNIME in "
            + "its workflow, Weka through its Saver steps). Each output path holds \"" + SENTINEL.strip() + "\" before "
            + "the run; \"unchanged\" means byte for byte afterwards, and \"no leftovers\" that the directory holds "
            + "exactly the names it held before (no temporary `.lnet-*` or lock file). Exit code 2 for a refusal, "
            + "128 + the signal's number for a signal.");
        return Stream.of(
            row(doc, tmp, "disk full", "the last output cannot be written (`--out-v /dev/full`: no space left)",
                OutputRows::diskFull),
            row(doc, tmp, "file too large", "a file-size limit (`ulimit -f 8`) stops the first, large output",
                OutputRows::fileTooLarge),
            row(doc, tmp, "out = input", "the output is the input file (`--out X.csv`, also through a symbolic link)",
                OutputRows::outputIsInput),
            row(doc, tmp, "bad location", "outputs that cannot be written, with a bad cell in X.csv (read later)",
                OutputRows::badLocations),
            row(doc, tmp, "concurrent", "two runs into the same U.csv, V.csv while a third process holds the "
                + "directory", OutputRows::concurrent),
            row(doc, tmp, "SIGTERM", "SIGTERM while the run writes (blocked on a FIFO output nobody reads)",
                p -> signal(p, false)),
            row(doc, tmp, "SIGKILL", "SIGKILL at the same point, then the next run into the directory",
                p -> signal(p, true)),
            row(doc, tmp, "symlink", "the output is a symbolic link to a file of mode 0600", OutputRows::symlink),
            row(doc, tmp, "hard link", "the output is a file with two names (hard links)", OutputRows::hardLink),
            row(doc, tmp, "FIFO", "the output is a FIFO (named pipe) a reader is reading", OutputRows::fifo),
            row(doc, tmp, "/dev/null", "the output is a device (`--out /dev/null`)", OutputRows::devNull));
    }

    @FunctionalInterface
    interface Scenario {
        String run(Path dir) throws Exception;
    }

    private static DynamicNode row(MatrixDoc doc, Path tmp, String id, String description, Scenario s) {
        doc.declare(SECTION, id, description);
        return dynamicTest(id, () -> {
            Path dir = Files.createDirectories(tmp.resolve("outputs-" + Integer.toHexString(id.hashCode())));
            Files.writeString(dir.resolve("X.csv"), Cases.TALL.xCsv());
            Files.writeString(dir.resolve("Y.csv"), Cases.TALL.yCsv());
            String cli = s.run(dir);
            Map<Host, String> cells = new EnumMap<>(Host.class);
            cells.put(Host.NODE, "n/a: " + NO_FILES);
            cells.put(Host.CLI, cli);
            cells.put(Host.KNIME, "n/a: KNIME writes the workflow's data");
            cells.put(Host.WEKA, "n/a: Weka's Saver steps write files");
            cells.forEach((h, t) -> doc.cell(SECTION, id, h, t));
        });
    }

    private static String[] init(Path dir, String u, String v, long seed) {
        return new String[] {"init", "--d", "4", "--m", "1", "--width", "6", "--seed", Long.toString(seed),
            "--out-u", u.startsWith("/") ? u : dir.resolve(u).toString(), "--out-v",
            v.startsWith("/") ? v : dir.resolve(v).toString()};
    }

    private static void sentinel(Path dir, String... names) throws Exception {
        for (String n : names) {
            Files.writeString(dir.resolve(n), SENTINEL);
        }
    }

    private static void assertUnchanged(Path dir, String... names) throws Exception {
        for (String n : names) {
            assertEquals(SENTINEL, Files.readString(dir.resolve(n)), n + " is unchanged");
        }
    }

    /** A refusal: exit 2, nothing on stdout, the message. */
    private static String refused(CliRun r, String... words) {
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out(), "nothing on stdout");
        for (String w : words) {
            assertTrue(r.message().contains(w), "'" + w + "' in: " + r.message());
        }
        return r.message();
    }

    private static String diskFull(Path dir) throws Exception {
        sentinel(dir, "U.csv");
        var before = CliRun.listing(dir);
        CliRun r = CliRun.in(dir, init(dir, "U.csv", "/dev/full", 1));
        String m = refused(r, "no space left on device", "U.csv is unchanged");
        assertUnchanged(dir, "U.csv");
        assertEquals(before, CliRun.listing(dir), "no leftovers");
        return "error [init], U.csv unchanged, no leftovers: " + MatrixDoc.shorten(m);
    }

    private static String fileTooLarge(Path dir) throws Exception {
        sentinel(dir, "U.csv", "V.csv");
        var before = CliRun.listing(dir);
        // U is 2000 x 10 numbers (about 400 KB), far beyond the 8 KiB limit; V would fit
        Process p = CliRun.child(dir, 8, "init", "--d", "2000", "--m", "1", "--width", "10", "--seed", "1",
            "--out-u", "U.csv", "--out-v", "V.csv");
        String m = refused(CliRun.finish(p, dir, "init"), "file too large", "U.csv and V.csv are unchanged");
        assertUnchanged(dir, "U.csv", "V.csv");
        assertEquals(before, CliRun.listing(dir), "no leftovers");
        return "error [init] (child JVM), no leftovers: " + m;
    }

    private static String outputIsInput(Path dir) throws Exception {
        byte[] x = Files.readAllBytes(dir.resolve("X.csv"));
        Files.createSymbolicLink(dir.resolve("alias.csv"), Path.of("X.csv"));
        String first = null;
        for (String out : new String[] {"X.csv", "alias.csv"}) {
            CliRun r = CliRun.in(dir, "min-norm", "--x", dir.resolve("X.csv").toString(), "--y",
                dir.resolve("Y.csv").toString(), "--out", dir.resolve(out).toString());
            String m = refused(r, "is the input file of --x");
            first = first == null ? m : first;
            assertArrayEquals(x, Files.readAllBytes(dir.resolve("X.csv")), "X.csv is unchanged");
        }
        return "error [min-norm] before reading, X.csv unchanged (also through a link): " + first;
    }

    private static String badLocations(Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "x1,x2\n1,2\n3,oops\n");
        Files.createDirectories(dir.resolve("sub"));
        String longName = "t".repeat(252) + ".csv";
        String[][] cases = {{"bad.csv/theta.csv", "is a file, not a directory"}, {"sub", "it is a directory"},
            {longName, "file name too long (256 bytes"}};
        var before = CliRun.listing(dir);
        StringBuilder cell = new StringBuilder("error [min-norm] before reading the inputs (never the bad cell): ");
        for (String[] c : cases) {
            CliRun r = CliRun.in(dir, "min-norm", "--x", dir.resolve("bad.csv").toString(), "--y",
                dir.resolve("Y.csv").toString(), "--out", dir.resolve(c[0]).toString());
            String m = refused(r, c[1]);
            assertFalse(m.contains("oops"), "the outputs are checked before the data is read: " + m);
            cell.append(c == cases[0] ? "" : " / ").append(m.substring(m.indexOf("): ") + 3));
        }
        assertEquals(before, CliRun.listing(dir), "nothing created");
        return cell.toString();
    }

    /**
     * This test process takes the directory's lock file as lnet does (an OS lock, then its nonce), so both child runs
     * must stage their files and wait; released, both finish, and U.csv and V.csv are one run's pair.
     */
    private static String concurrent(Path dir) throws Exception {
        sentinel(dir, "U.csv", "V.csv");
        Path lockFile = dir.resolve(".lnet.lock");
        Process a;
        Process b;
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            ch.write(ByteBuffer.wrap("held by the test".getBytes(StandardCharsets.US_ASCII)));
            Path da = Files.createDirectories(dir.resolve("a"));
            Path db = Files.createDirectories(dir.resolve("b"));
            a = CliRun.child(da, 0, init(dir, "U.csv", "V.csv", 1));
            b = CliRun.child(db, 0, init(dir, "U.csv", "V.csv", 2));
            CliRun.awaitListing(dir, names -> names.stream().filter(n -> n.endsWith(".tmp")).count() == 4,
                "both runs to stage U and V");
            assertUnchanged(dir, "U.csv", "V.csv");
            assertTrue(a.isAlive() && b.isAlive(), "both runs wait for the directory");
            Files.delete(lockFile);
            lock.release();
        }
        assertEquals(0, CliRun.finish(a, dir.resolve("a"), "init").code());
        assertEquals(0, CliRun.finish(b, dir.resolve("b"), "init").code());
        String u = Files.readString(dir.resolve("U.csv"));
        String v = Files.readString(dir.resolve("V.csv"));
        Path ref = Files.createDirectories(dir.resolve("ref"));
        boolean one = false;
        for (long seed : new long[] {1, 2}) {
            assertEquals(0, CliRun.in(ref, init(ref, "U" + seed + ".csv", "V" + seed + ".csv", seed)).code());
            one |= u.equals(Files.readString(ref.resolve("U" + seed + ".csv")))
                && v.equals(Files.readString(ref.resolve("V" + seed + ".csv")));
        }
        assertTrue(one, "U.csv and V.csv come from the same run");
        assertEquals(List.of("U.csv", "V.csv", "X.csv", "Y.csv", "a", "b", "ref"), List.copyOf(CliRun.listing(dir)));
        return "ok: both wait for the directory (staged, outputs unchanged), then exit 0; U.csv and V.csv are one "
            + "run's pair; no leftovers";
    }

    private static String signal(Path dir, boolean kill) throws Exception {
        sentinel(dir, "U.csv");
        Path fifo = dir.resolve("pipe");
        new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        var before = CliRun.listing(dir);
        Process p = CliRun.child(dir, 0, init(dir, "U.csv", "pipe", 1));
        // staged U, took the lock: the run is publishing and blocks opening the FIFO for writing
        CliRun.awaitListing(dir, n -> n.contains(".lnet.lock") && n.stream().anyMatch(f -> f.endsWith(".tmp")),
            "the run to stage U.csv and lock the directory");
        if (kill) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        CliRun r = CliRun.finish(p, dir, "init");
        assertEquals(kill ? 137 : 143, r.code(), r.toString());
        assertUnchanged(dir, "U.csv");
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
            "the FIFO is still a FIFO");
        if (!kill) {
            assertEquals(before, CliRun.listing(dir), "no leftovers");
            return "exit 143; U.csv unchanged, no leftovers (a shutdown hook rolls back and removes them)";
        }
        assertFalse(before.equals(CliRun.listing(dir)), "SIGKILL runs no hook: the staged file stays");
        CliRun next = CliRun.in(dir, init(dir, "U2.csv", "V2.csv", 1));
        assertEquals(0, next.code(), next.toString());
        var after = CliRun.listing(dir);
        after.removeAll(List.of("U2.csv", "V2.csv"));
        assertEquals(before, after, "the next run removed the killed run's temporary and lock files");
        return "exit 137; U.csv unchanged; its temporary file stays until the next run into the directory removes it "
            + "(the name holds the dead run's pid and start time)";
    }

    private static String symlink(Path dir) throws Exception {
        Path real = dir.resolve("real.csv");
        Files.writeString(real, SENTINEL);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        assertEquals(0, minNorm(dir, dir.resolve("link.csv").toString()).code());
        assertTrue(Files.isSymbolicLink(dir.resolve("link.csv")), "the link is still a link");
        assertEquals(expectedTheta(dir), Files.readString(real), "its target has the output");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        return "ok: the link stays a link, its target gets Θ̂ and keeps mode 0600";
    }

    private static String hardLink(Path dir) throws Exception {
        sentinel(dir, "a.csv");
        Files.createLink(dir.resolve("b.csv"), dir.resolve("a.csv"));
        assertEquals(0, minNorm(dir, dir.resolve("a.csv").toString()).code());
        assertEquals(expectedTheta(dir), Files.readString(dir.resolve("b.csv")), "the other name sees the output");
        assertEquals(2, ((Number) Files.getAttribute(dir.resolve("a.csv"), "unix:nlink")).intValue());
        return "ok: written in place, both names show Θ̂ (2 links)";
    }

    private static String fifo(Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        // the reader blocks until lnet opens the FIFO and ends when lnet closes it: no timing involved
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(0, minNorm(dir, fifo.toString()).code());
        assertEquals(expectedTheta(dir), read.get(), "the reader got the output");
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
            "still a FIFO");
        return "ok: written in place; the reader gets Θ̂; the FIFO stays a FIFO";
    }

    private static String devNull(Path dir) throws Exception {
        assertEquals(0, minNorm(dir, "/dev/null").code());
        assertTrue(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class).isOther(),
            "/dev/null is still a device");
        assertEquals(List.of("X.csv", "Y.csv"), List.copyOf(CliRun.listing(dir)), "no leftovers");
        return "ok: written in place; /dev/null stays a device";
    }

    private static CliRun minNorm(Path dir, String out) {
        return CliRun.in(dir, "min-norm", "--x", dir.resolve("X.csv").toString(), "--y", dir.resolve("Y.csv").toString(),
            "--out", out);
    }

    /** Θ̂ as min-norm writes it into a plain new file of a fresh directory. */
    private static String expectedTheta(Path dir) throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        CliRun r = minNorm(dir, plain.resolve("theta.csv").toString());
        assertEquals(0, r.code(), r.toString());
        String t = Files.readString(plain.resolve("theta.csv"));
        Files.delete(plain.resolve("theta.csv"));
        Files.delete(plain);
        return t;
    }
}
