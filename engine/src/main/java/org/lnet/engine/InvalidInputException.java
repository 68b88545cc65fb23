package org.lnet.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Bad input or settings, said so that the user can act. Besides the message, the exception carries what it is
 * about as fields: the {@link Kind} of subject (a setting, a column, rows or a cell of a matrix, a file), its name,
 * the row indices and column index where there are some, the problem and what to do. Hosts show
 * {@link #getMessage()}, the complete sentence, and never a stack trace; a layer that knows better names for the
 * subject (a table's row ids instead of row numbers, a setting's label) rewords it with {@link #locatedAs}, from
 * the fields, without reading the message.
 *
 * <p>A structured message reads {@code [lead] <where> <problem>[: <remedy>].[ note]}, where {@code where} names the
 * subject, e.g. "Parameter 'lr' must be positive, not -1." or "... solution: rows 1 and 4 of X are the same point:
 * remove or merge duplicate rows."
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 2L;

    /** What the problem is about. */
    public enum Kind {
        /** A setting or parameter, by its key. */
        SETTING,
        /** A column of an input table, by name. */
        COLUMN,
        /** Whole rows of a matrix or table ({@link #rows()}). */
        ROW,
        /** One entry of a matrix or table ({@link #row()}, {@link #column()}). */
        CELL,
        /** A file, by path. */
        FILE,
        /** A whole input (a matrix such as X, a network, a table). */
        DATA,
        /** Not classified: the message is all there is (the two-argument constructor). */
        OTHER
    }

    private final Kind kind;
    private final String subject;
    private final long[] rows;
    private final long column;
    private final String where;
    private final String lead;
    private final String problem;
    private final String remedy;
    private final String note;

    /**
     * An unclassified error whose message is given whole.
     *
     * @param subject the parameter, column or file the problem is about (e.g. "alpha", "X", "lr")
     * @param message a full sentence naming the subject and the remedy
     */
    public InvalidInputException(String subject, String message) {
        super(message);
        this.kind = Kind.OTHER;
        this.subject = subject;
        this.rows = new long[0];
        this.column = -1;
        this.where = "";
        this.lead = "";
        this.problem = message;
        this.remedy = "";
        this.note = "";
    }

    /**
     * A structured error; its message is {@link #render rendered} from the parts.
     *
     * @param rows    0-based row indices the problem is about, empty if none
     * @param column  0-based column index, -1 if none
     * @param where   how the subject is named in the message, e.g. "parameter 'lr'" or "row 3 of X"
     * @param lead    text before {@code where} (ending in a blank or ": "), or empty
     * @param problem what is wrong, continuing the sentence after {@code where}
     * @param remedy  what to do, or empty
     */
    public InvalidInputException(Kind kind, String subject, long[] rows, long column, String where, String lead,
                                 String problem, String remedy) {
        this(kind, subject, rows, column, where, lead, problem, remedy, "");
    }

    private InvalidInputException(Kind kind, String subject, long[] rows, long column, String where, String lead,
                                  String problem, String remedy, String note) {
        super(render(where, lead, problem, remedy, note));
        this.kind = Objects.requireNonNull(kind);
        this.subject = Objects.requireNonNull(subject);
        this.rows = rows.clone();
        this.column = column;
        this.where = where;
        this.lead = lead;
        this.problem = problem;
        this.remedy = remedy;
        this.note = note;
    }

    /** A setting or parameter out of range, in the engine's words: "Parameter 'name' problem[: remedy]." */
    public static InvalidInputException setting(String name, String problem, String remedy) {
        return new InvalidInputException(Kind.SETTING, name, new long[0], -1, "parameter '" + name + "'", "",
            problem, remedy);
    }

    /** Rows of a matrix (0-based indices), named in the engine's words as "rows 1 and 4 of X". */
    public static InvalidInputException rows(String matrix, long[] rows, String lead, String problem, String remedy) {
        return new InvalidInputException(Kind.ROW, matrix, rows, -1, rowWords(rows) + " of " + matrix, lead, problem,
            remedy);
    }

    /** One entry of a matrix (0-based indices), named as "row 3, column 2 of X". */
    public static InvalidInputException cell(String matrix, long row, long column, String problem, String remedy) {
        return new InvalidInputException(Kind.CELL, matrix, new long[] {row}, column, "row " + (row + 1) + ", column "
            + (column + 1) + " of " + matrix, "", problem, remedy);
    }

    /** A whole input such as the matrix X, named by itself. */
    public static InvalidInputException data(String name, String problem, String remedy) {
        return new InvalidInputException(Kind.DATA, name, new long[0], -1, name, "", problem, remedy);
    }

    /** "row 3", "rows 1 and 4", "rows 1, 2 and 4" for 0-based indices. */
    public static String rowWords(long[] rows) {
        String[] numbers = Arrays.stream(rows).mapToObj(r -> Long.toString(r + 1)).toArray(String[]::new);
        return (rows.length == 1 ? "row " : "rows ") + list(numbers);
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(String[] items) {
        if (items.length <= 1) {
            return String.join("", items);
        }
        return String.join(", ", Arrays.copyOf(items, items.length - 1)) + " and " + items[items.length - 1];
    }

    private static String render(String where, String lead, String problem, String remedy, String note) {
        String head = lead.isEmpty() && !where.isEmpty()
            ? where.substring(0, 1).toUpperCase(Locale.ROOT) + where.substring(1) : lead + where;
        String text = head + (problem.isEmpty() ? "" : (head.isEmpty() ? "" : " ") + problem)
            + (remedy.isEmpty() ? "" : ": " + remedy);
        return (text.endsWith(".") ? text : text + ".") + (note.isEmpty() ? "" : " " + note);
    }

    /**
     * The same problem, about a subject named otherwise: a node layer maps the engine's "rows 1 and 4 of X" to its
     * table's row ids, or "parameter 'lr'" to the setting's label. The fields other than subject and where stay.
     * An {@link Kind#OTHER} error has no location to replace and only changes its subject.
     */
    public InvalidInputException locatedAs(String newSubject, String newWhere) {
        if (kind == Kind.OTHER) {
            return new InvalidInputException(newSubject, getMessage());
        }
        return new InvalidInputException(kind, newSubject, rows, column, newWhere, lead, problem, remedy, note);
    }

    /** The same problem with a sentence appended, e.g. what a value means in the node at hand. */
    public InvalidInputException withNote(String sentence) {
        if (kind == Kind.OTHER) {
            return new InvalidInputException(subject, getMessage() + " " + sentence);
        }
        return new InvalidInputException(kind, subject, rows, column, where, lead, problem, remedy,
            note.isEmpty() ? sentence : note + " " + sentence);
    }

    public Kind kind() {
        return kind;
    }

    /** The name of the setting, column, matrix or file the problem is about. */
    public String subject() {
        return subject;
    }

    /** The 0-based row indices the problem is about (ROW and CELL errors), empty otherwise. */
    public long[] rows() {
        return rows.clone();
    }

    /** The first of {@link #rows()}, or -1. */
    public long row() {
        return rows.length == 0 ? -1 : rows[0];
    }

    /** The 0-based column index (CELL errors), or -1. */
    public long column() {
        return column;
    }

    /** How the message names the subject ("parameter 'lr'", "row 3 of X"); empty for OTHER. */
    public String where() {
        return where;
    }

    /** Text before the subject in the message, or empty. */
    public String lead() {
        return lead;
    }

    /** What is wrong; for OTHER, the whole message. */
    public String problem() {
        return problem;
    }

    /** What to do, or empty when the problem says it. */
    public String remedy() {
        return remedy;
    }
}
