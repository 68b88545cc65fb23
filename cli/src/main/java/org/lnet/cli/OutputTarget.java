package org.lnet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.lnet.engine.InvalidInputException;

/**
 * One output file of a run, its location checked when it is declared (before any work), so a run never computes
 * for minutes to find it cannot write:
 * <ul>
 *   <li>a symbolic link is followed to the file it names (the link stays, its target gets the content);</li>
 *   <li>a directory, a name longer than {@value #NAME_MAX} bytes, a parent that is a file, a directory that cannot
 *       be written, a read-only file, and a path that is also an input or another output are refused, with the
 *       reason;</li>
 *   <li>a FIFO, device or other non-regular file (also anything under /dev and /proc, such as /dev/stdout) and a
 *       regular file with several hard links are written in place, never replaced; any other file is replaced by
 *       an atomic rename, keeping its permissions.</li>
 * </ul>
 */
final class OutputTarget {

    /** The longest file name (bytes of one path element) of Linux file systems (ext4, xfs, btrfs, tmpfs). */
    static final int NAME_MAX = 255;
    private static final int MAX_LINKS = 40;

    enum Kind { NEW, REPLACE, IN_PLACE }

    private final String option;
    /** The path as the user wrote it, for messages. */
    private final Path shown;
    private final Path given;
    private final Path path;
    private final Kind kind;
    byte[] content;
    Path temp;
    Path backup;
    boolean published;
    /** Numbers this target's temporary and backup names within the run. */
    long sequence;
    /** An in-place target that received part of the content before a failure and could not be restored. */
    boolean partial;

    private OutputTarget(String option, Path shown, Path given, Path path, Kind kind) {
        this.option = option;
        this.shown = shown;
        this.given = given;
        this.path = path;
        this.kind = kind;
    }

    /** How outputs are told apart: the absolute, normalized path as given. */
    static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    static OutputTarget of(String option, Path file) {
        if (file.toString().isEmpty()) {
            throw refuse(option, "Option --" + option + " needs a file name, not an empty text.");
        }
        Path given = key(file);
        for (Path name : given) {
            int bytes = name.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NAME_MAX) {
                throw refuse(option, "Cannot write " + file + " (--" + option + "): file name too long (" + bytes
                    + " bytes in one name; at most " + NAME_MAX + ").");
            }
        }
        if (given.startsWith("/dev") || given.startsWith("/proc")) {
            if (!Files.exists(given)) {
                throw refuse(option, "Cannot write " + file + " (--" + option + "): no such device or file.");
            }
            if (Files.isDirectory(given)) {
                throw isDirectory(option, file);
            }
            return new OutputTarget(option, file, given, given, Kind.IN_PLACE);
        }
        Path path = followLinks(option, file, given);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            a = null;
        }
        if (a == null) {
            requireCreatable(option, file, path);
            return new OutputTarget(option, file, given, path, Kind.NEW);
        }
        if (a.isDirectory()) {
            throw isDirectory(option, file);
        }
        if (!a.isRegularFile()) {
            return new OutputTarget(option, file, given, path, Kind.IN_PLACE);
        }
        if (!Files.isWritable(path)) {
            throw refuse(option, "Cannot write " + file + " (--" + option + "): permission denied (the file is "
                + "read-only; make it writable or write elsewhere).");
        }
        if (links(path) > 1) {
            return new OutputTarget(option, file, given, path, Kind.IN_PLACE);
        }
        if (!Files.isWritable(path.getParent())) {
            throw refuse(option, "Cannot write " + file + " (--" + option + "): permission denied in the directory "
                + path.getParent() + ".");
        }
        return new OutputTarget(option, file, given, path, Kind.REPLACE);
    }

    private static int links(Path path) {
        try {
            return ((Number) Files.getAttribute(path, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** The file a chain of symbolic links ends at (which need not exist yet). */
    private static Path followLinks(String option, Path file, Path p) {
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
            } catch (IOException | InvalidPathException e) {
                throw refuse(option, "Cannot write " + file + " (--" + option + "): cannot read the symbolic link "
                    + p + ".");
            }
        }
        if (Files.isSymbolicLink(p)) {
            throw refuse(option, "Cannot write " + file + " (--" + option + "): too many levels of symbolic links.");
        }
        return p;
    }

    /** A new file's directory exists and is writable, or its nearest existing ancestor is a writable directory. */
    private static void requireCreatable(String option, Path file, Path path) {
        Path existing = path.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw refuse(option, "Cannot write " + file + " (--" + option + "): no such directory.");
        }
        if (!Files.isDirectory(existing)) {
            throw refuse(option, "Cannot write " + file + " (--" + option + "): " + existing + " is a file, not a "
                + "directory.");
        }
        if (!Files.isWritable(existing)) {
            throw refuse(option, "Cannot write " + file + " (--" + option + "): permission denied in the directory "
                + existing + ".");
        }
    }

    private static InvalidInputException isDirectory(String option, Path file) {
        return refuse(option, "Cannot write " + file + " (--" + option + "): it is a directory; give a file name "
            + "(e.g. " + file.resolve("out.csv") + ").");
    }

    private static InvalidInputException refuse(String option, String message) {
        return new InvalidInputException(option, message);
    }

    /** Refuses an output that is the input file named by {@code inputOption}. */
    void refuseSame(String inputOption, Path input) {
        if (same(path, input)) {
            throw refuse(option, "The output " + shown + " (--" + option + ") is the input file of --"
                + inputOption + " (" + input + "): writing it would destroy the data; choose another output path.");
        }
    }

    void refuseSameOutput(OutputTarget other) {
        if (path.equals(other.path) || same(path, other.path)) {
            throw refuse(option, "Two outputs would go to the same file " + shown + " (--" + other.option + " and --"
                + option + "): give each output its own path.");
        }
    }

    private static boolean same(Path a, Path b) {
        if (key(a).equals(key(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** What the outputs are after a failed run: "X and Y are unchanged; Z was not created." */
    static String unchanged(List<OutputTarget> all) {
        List<String> kept = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (OutputTarget t : all) {
            String name = t.shown.toString();
            (t.partial ? partial : t.existed() ? kept : absent).add(name);
        }
        List<String> parts = new ArrayList<>();
        if (!kept.isEmpty()) {
            parts.add(join(kept) + (kept.size() == 1 ? " is" : " are") + " unchanged");
        }
        if (!absent.isEmpty()) {
            parts.add(join(absent) + (absent.size() == 1 ? " was" : " were") + " not created");
        }
        if (!partial.isEmpty()) {
            parts.add(join(partial) + " may have received part of the output (a device or pipe cannot be restored)");
        }
        return "Nothing was published: " + String.join("; ", parts) + ".";
    }

    private static String join(List<String> names) {
        return names.size() == 1 ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    String option() {
        return option;
    }

    Path given() {
        return given;
    }

    /** The path as the user wrote it. */
    Path shown() {
        return shown;
    }

    /** The file written: the given path with symbolic links followed. */
    Path path() {
        return path;
    }

    boolean inPlace() {
        return kind == Kind.IN_PLACE;
    }

    /** Whether a file was at the path before the run (so a failed run leaves it unchanged rather than absent). */
    boolean existed() {
        return kind != Kind.NEW;
    }
}
