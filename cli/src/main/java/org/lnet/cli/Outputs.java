package org.lnet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * All the files one run writes, published as a set: every output is declared (and its location checked by
 * {@link OutputTarget}) before any computation, its content is held until the run has computed everything, and
 * {@link #commit} then stages each file as a temporary file beside its target, takes the target directories' locks
 * and publishes: non-regular targets (FIFO, device, {@code /dev/stdout}) and files with several hard links are
 * written in place, the others renamed over their targets. If any step fails, what was published is restored
 * (renamed files from hard-link backups, in-place regular files from copies) and the error says which files are
 * unchanged. Temporary files never outlive the run: removed on failure, on SIGTERM/SIGINT (a shutdown hook), and,
 * after a SIGKILL, by the next run into the same directory ({@link DirectoryLock#removeStale}).
 */
final class Outputs {

    /** Sets in the middle of {@link #commit}, for the shutdown hook. */
    private static final Set<Outputs> COMMITTING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Outputs::onShutdown, "lnet-outputs-cleanup"));
    }

    private final Map<Path, OutputTarget> targets = new LinkedHashMap<>();
    private final Map<String, Path> inputs = new LinkedHashMap<>();
    private final ReentrantLock busy = new ReentrantLock();
    private final List<Path> createdDirs = new ArrayList<>();
    /** The directory locks taken by {@link #commit}, so the shutdown hook can release them too. */
    private final List<DirectoryLock> held = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean aborted;
    private static volatile boolean shuttingDown;

    /** An input file of the run: no output may be the same file (checked now and for later outputs). */
    void input(String option, Path file) {
        for (OutputTarget t : targets.values()) {
            t.refuseSame(option, file);
        }
        inputs.put(option, file);
    }

    /** Declares an output and checks its location now, before any work: see {@link OutputTarget#of}. */
    void output(String option, Path file) {
        OutputTarget t = OutputTarget.of(option, file);
        for (Map.Entry<String, Path> in : inputs.entrySet()) {
            t.refuseSame(in.getKey(), in.getValue());
        }
        for (OutputTarget other : targets.values()) {
            t.refuseSameOutput(other);
        }
        targets.put(t.given(), t);
        DirectoryLock.removeStale(t.path().getParent());
    }

    /** Every file under {@code dir} with these names, for {@code --out-dir} options. */
    void outputs(String option, Path dir, String... names) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new org.lnet.engine.InvalidInputException(option, "--" + option + " " + dir + " is a file, not a "
                + "directory: name a directory (it is created if missing).");
        }
        for (String name : names) {
            output(option, dir.resolve(name));
        }
    }

    void put(Path file, String text) {
        put(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The content of a declared output (one not declared yet is declared, and checked, now). */
    void put(Path file, byte[] content) {
        OutputTarget t = targets.get(OutputTarget.key(file));
        if (t == null) {
            output("out", file);
            t = targets.get(OutputTarget.key(file));
        }
        if (t.content != null) {
            throw new IllegalStateException("two contents for " + file);
        }
        t.content = content;
    }

    /**
     * Publishes every output that has content, all or none.
     *
     * @throws OutputException when an output cannot be written; every output is then as before the run
     */
    void commit() {
        busy.lock();
        COMMITTING.add(this);
        List<OutputTarget> all = targets.values().stream().filter(t -> t.content != null).toList();
        OutputTarget current = null;
        boolean done = false;
        try {
            if (aborted || shuttingDown) {
                throw new OutputException("stopped by a signal before the outputs were written; "
                    + OutputTarget.unchanged(all));
            }
            for (OutputTarget t : all) {
                current = t;
                createParents(t);
                t.sequence = DirectoryLock.nextNumber();
                if (!t.inPlace()) {
                    t.temp = t.path().resolveSibling(DirectoryLock.tempName(t.sequence, "tmp"));
                    stage(t);
                }
            }
            current = null;
            List<DirectoryLock> locks = held;
            try {
                for (Path dir : directories(all)) {
                    locks.add(DirectoryLock.acquire(dir));
                    DirectoryLock.removeStale(dir);
                }
                for (OutputTarget t : all) {
                    if (t.inPlace()) {
                        current = t;
                        writeInPlace(t);
                    }
                }
                for (OutputTarget t : all) {
                    if (!t.inPlace()) {
                        current = t;
                        replace(t);
                    }
                }
                current = null;
                done = true;
            } finally {
                releaseLocks();
            }
        } catch (IOException e) {
            String restore = rollback(all);
            throw new OutputException((current == null ? "Cannot write the outputs" : "Cannot write " + current.shown()
                + " (--" + current.option() + ")") + ": " + IoReason.of(e) + ". " + OutputTarget.unchanged(all) + restore);
        } finally {
            cleanUp(all, done);
            if (!done) {
                removeCreatedDirectories();
            }
            COMMITTING.remove(this);
            busy.unlock();
        }
    }

    /** Creates the missing directories above a target, remembering them so a failed run removes them again. */
    private void createParents(OutputTarget t) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = t.path().getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            createdDirs.add(p);
        }
    }

    /** The content in the temporary file, flushed to disk, with the permissions and owner of the file it replaces. */
    private static void stage(OutputTarget t) throws IOException {
        try (FileChannel ch = FileChannel.open(t.temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(t.content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        if (Files.isRegularFile(t.path(), LinkOption.NOFOLLOW_LINKS)) {
            PosixFileAttributeView view = Files.getFileAttributeView(t.temp, PosixFileAttributeView.class);
            if (view != null) {
                PosixFileAttributes old = Files.readAttributes(t.path(), PosixFileAttributes.class);
                view.setPermissions(old.permissions());
                try {
                    view.setGroup(old.group());
                    view.setOwner(old.owner());
                } catch (IOException e) {
                    // only a privileged user may give a file away; the new file is then the user's own
                }
            }
        }
    }

    /** Renames the staged file over the target, keeping a hard link to the old file until the set is published. */
    private static void replace(OutputTarget t) throws IOException {
        // looked at again under the lock: another run may have created the file since it was declared
        if (Files.exists(t.path(), LinkOption.NOFOLLOW_LINKS)) {
            t.backup = t.path().resolveSibling(DirectoryLock.tempName(t.sequence, "bak"));
            try {
                Files.createLink(t.backup, t.path());
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(t.path(), t.backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }
        Files.move(t.temp, t.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        t.temp = null;
        t.published = true;
    }

    /**
     * Writes into the existing file: a FIFO or device cannot be replaced, and a file with several hard links would
     * lose them. A regular file's old bytes are copied first so a later failure can put them back.
     */
    private static void writeInPlace(OutputTarget t) throws IOException {
        boolean regular = Files.isRegularFile(t.path());
        if (regular) {
            t.backup = t.path().resolveSibling(DirectoryLock.tempName(t.sequence, "bak"));
            Files.copy(t.path(), t.backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        t.published = true;
        try (OutputStream out = regular
            ? Files.newOutputStream(t.path(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)
            : Files.newOutputStream(t.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(t.content);
        }
    }

    /** Puts back what was there before; returns a sentence about anything that could not be restored. */
    private String rollback(List<OutputTarget> all) {
        StringBuilder problems = new StringBuilder();
        for (int i = all.size() - 1; i >= 0; i--) {
            OutputTarget t = all.get(i);
            if (!t.published) {
                continue;
            }
            try {
                if (t.inPlace()) {
                    if (t.backup != null) {
                        Files.copy(t.backup, t.path(), StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        t.partial = true;
                    }
                } else if (t.backup != null) {
                    Files.move(t.backup, t.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    t.backup = null;
                } else {
                    Files.deleteIfExists(t.path());
                }
                t.published = false;
            } catch (IOException e) {
                t.backup = null; // kept on disk: the message names it
                problems.append(" Could not restore ").append(t.shown()).append(": ").append(IoReason.of(e)).append('.');
            }
        }
        return problems.toString();
    }

    /** Removes the directories a failed run created, once its temporary files are gone. */
    private void removeCreatedDirectories() {
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdDirs.get(i));
            } catch (IOException e) {
                // not empty: something else was written there meanwhile; leave it
            }
        }
        createdDirs.clear();
    }

    private static void cleanUp(List<OutputTarget> all, boolean done) {
        for (OutputTarget t : all) {
            for (Path p : new Path[] {t.temp, done || !t.published ? t.backup : null}) {
                if (p != null) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // the next run into this directory removes it (removeStale)
                    }
                }
            }
            t.temp = null;
        }
    }

    private void releaseLocks() {
        for (int i = held.size() - 1; i >= 0; i--) {
            held.get(i).close();
        }
        held.clear();
    }

    private static List<Path> directories(List<OutputTarget> all) throws IOException {
        TreeMap<String, Path> dirs = new TreeMap<>();
        for (OutputTarget t : all) {
            if (!t.inPlace()) {
                Path dir = t.path().getParent().toRealPath();
                dirs.put(dir.toString(), dir);
            }
        }
        return new ArrayList<>(dirs.values());
    }

    /**
     * On SIGTERM or SIGINT: a set that is publishing gets a moment to finish (or roll back) by itself; one that does
     * not finish (e.g. blocked opening a FIFO nobody reads) is rolled back here, and its temporary files removed.
     */
    private static void onShutdown() {
        shuttingDown = true;
        for (Outputs s : COMMITTING) {
            boolean mine = false;
            try {
                mine = s.busy.tryLock(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            s.aborted = true;
            List<OutputTarget> all = s.targets.values().stream().filter(t -> t.content != null).toList();
            if (!mine) {
                s.rollback(all);
            }
            cleanUp(all, false);
            s.removeCreatedDirectories();
            s.releaseLocks();
            if (mine) {
                s.busy.unlock();
            }
        }
    }

    /** The outputs could not be written; every output is as it was (the message says so, or what is not). */
    static final class OutputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputException(String message) {
            super(message);
        }
    }
}
