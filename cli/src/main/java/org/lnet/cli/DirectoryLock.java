package org.lnet.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Exclusive use of an output directory while one run publishes into it, across processes (an OS file lock on
 * {@value #LOCK_NAME} in the directory) and across threads of this JVM (an OS lock is held per process). The lock
 * file is removed on release, so no run leaves it behind; because another process may have opened the old file just
 * before, a lock counts only once the file at the path is still the locked one (it holds the nonce this holder wrote).
 *
 * <p>Also names and recognizes the run's temporary files, {@code .lnet-PID-START-N.tmp} and {@code .bak}: PID and
 * START (the process's start time in milliseconds) tell a live run's file from one a killed run left behind, which
 * {@link #removeStale} deletes.
 */
final class DirectoryLock implements AutoCloseable {

    static final String LOCK_NAME = ".lnet.lock";
    private static final Pattern TEMP = Pattern.compile("\\.lnet-([0-9]+)-([0-9]+)-[0-9]+\\.(tmp|bak)");
    private static final long PID = ProcessHandle.current().pid();
    /** The start time in the names; 0 where the platform does not report it (the pid alone then decides). */
    private static final long START = Math.max(0, startMillis(ProcessHandle.current()));
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    /** A semaphore, not a lock: the shutdown hook may release what the main thread acquired. */
    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path file, Semaphore local, FileChannel channel, FileLock lock) {
        this.file = file;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until this run has the directory to itself (another run's publication takes milliseconds). */
    static DirectoryLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(LOCK_NAME);
        Semaphore local = IN_PROCESS.computeIfAbsent(dir, d -> new Semaphore(1));
        local.acquireUninterruptibly();
        try {
            while (true) {
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
                FileLock l;
                try {
                    l = ch.lock();
                } catch (IOException | RuntimeException e) {
                    ch.close();
                    throw e;
                }
                byte[] nonce = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
                ch.truncate(0).write(ByteBuffer.wrap(nonce), 0);
                if (holds(file, nonce)) {
                    return new DirectoryLock(file, local, ch, l);
                }
                // the file was removed or replaced by its last holder after we opened it: try the new one
                l.release();
                ch.close();
            }
        } catch (IOException | RuntimeException e) {
            local.release();
            throw e;
        }
    }

    private static boolean holds(Path file, byte[] nonce) throws IOException {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), nonce);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private boolean closed;

    /** Releases the directory (once; the shutdown hook and the run may both try). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // removed while still locked, so whoever locks next finds the path gone or new and retries
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an undeletable lock file is harmless: the next run locks and removes it
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the OS lock in any case
        } finally {
            local.release();
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /** A fresh number for a file's temporary and backup names, unique in this process. */
    static long nextNumber() {
        return SEQUENCE.getAndIncrement();
    }

    /** The name of this process's temporary ({@code tmp}) or backup ({@code bak}) file number n. */
    static String tempName(long n, String kind) {
        return ".lnet-" + PID + "-" + START + "-" + n + "." + kind;
    }

    /** Whether a file name is one of lnet's temporary or backup names (of any run). */
    static boolean isTempName(String name) {
        return TEMP.matcher(name).matches();
    }

    /**
     * Deletes the temporary and backup files that runs no longer alive left in a directory (killed by SIGKILL or a
     * power cut, when no shutdown hook ran). Files of live runs, this one included, are left alone.
     *
     * @return the names removed
     */
    static java.util.List<String> removeStale(Path dir) {
        java.util.List<String> removed = new java.util.ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                    try {
                        if (Files.deleteIfExists(p)) {
                            removed.add(p.getFileName().toString());
                        }
                    } catch (IOException e) {
                        // not ours to fix (e.g. the directory is read-only); the publication reports its own errors
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable directory is reported when the run writes into it
        }
        return removed;
    }

    private static boolean alive(long pid, long start) {
        if (pid == PID) {
            return start == START;
        }
        return ProcessHandle.of(pid).map(p -> {
            long s = startMillis(p);
            // without a start time the pid alone decides, erring on the side of keeping the file
            return s < 0 || start == 0 || s == start;
        }).orElse(false);
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L);
    }
}
