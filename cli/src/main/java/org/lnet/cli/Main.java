package org.lnet.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lnet.engine.CancelledException;
import org.lnet.engine.InvalidInputException;

/**
 * {@code lnet}: the linear-network engine from the command line. Each command prints one JSON object on
 * stdout (compare and bench print their table or lines before it); errors go to stderr with exit code 2 (bad input or usage) or 1 (anything unexpected).
 */
public final class Main {

    /** The commands of each group of the overview, in order: heading, then commands. */
    private static final Map<String, List<Command>> GROUPS = groups();

    static final List<Command> COMMANDS = GROUPS.values().stream().flatMap(List::stream).toList();

    private static Map<String, List<Command>> groups() {
        Map<String, List<Command>> g = new LinkedHashMap<>();
        g.put("nodes (the nodes of KNIME and Weka: same settings, defaults, ranges and messages)",
            org.lnet.node.nodes.Nodes.all().stream().map(n -> (Command) new NodeCommand(n)).toList());
        g.put("your data (shortcuts over the nodes, with U and V as CSV files)", List.of(new CompareCommand(),
            new MinNormCommand(), new InitCommand(), new TrainCommand(), new BoundsCommand()));
        g.put("the papers' experiments", List.of(new ReproduceCommand(), new Fig1Command(), new Fig2Command(),
            new NtkSweepCommand()));
        g.put("other", List.of(new NodesCommand(), new BenchCommand()));
        return g;
    }

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command line; returns the exit code. Used by main and by the end-to-end and reliability tests. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        // --quiet is every command's option, taken here so each command's parser need not know it
        String[] args = java.util.Arrays.stream(argv).filter(a -> !a.equals("--quiet")).toArray(String[]::new);
        Terminal.start(args.length < argv.length, out, err);
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("version"))) {
            out.println("lnet " + Version.VERSION);
            return 0;
        }
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help") || args[0].equals("-h")) {
            out.println(overview());
            return args.length == 0 ? 2 : 0;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("lnet: unknown command '" + args[0] + "'.\n" + overview());
            return 2;
        }
        if (args.length > 1 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(command.usage());
            return 0;
        }
        Phase.reset();
        Args.forget();
        try {
            Map<String, Object> result = command.run(args, 1);
            if (result != null) {
                result.put("version", Version.VERSION);
                out.println(Json.write(result, Terminal.interactive()));
            }
            return 0;
        } catch (UsageException e) {
            err.println("lnet " + command.name() + ": " + e.getMessage() + "\n\n" + command.usage());
            return 2;
        } catch (InvalidInputException e) {
            err.println("lnet " + command.name() + ": " + Args.inOptionTerms(e));
            return 2;
        } catch (CancelledException e) {
            err.println("lnet " + command.name() + ": cancelled; no output was written.");
            return 130;
        } catch (Outputs.OutputException | UncheckedIOException e) {
            err.println("lnet " + command.name() + ": " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("lnet " + command.name() + ": " + Phase.outOfMemory());
            return 2;
        } catch (Exception | Error e) {
            // worker threads hand their errors back wrapped: an OutOfMemoryError or a refusal inside is still that
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError) {
                    err.println("lnet " + command.name() + ": " + Phase.outOfMemory());
                    return 2;
                }
                if (c instanceof InvalidInputException) {
                    err.println("lnet " + command.name() + ": " + Args.inOptionTerms((InvalidInputException) c));
                    return 2;
                }
            }
            err.println("lnet " + command.name() + ": internal error (" + e + "). Please report it with the command line used.");
            if (System.getenv("LNET_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    static String overview() {
        StringBuilder sb = new StringBuilder("usage: lnet <command> [options] [--quiet]   (lnet <command> --help for its "
            + "options)\n       lnet --version\n");
        for (Map.Entry<String, List<Command>> group : GROUPS.entrySet()) {
            sb.append('\n').append(group.getKey()).append(":\n");
            for (Command c : group.getValue()) {
                sb.append("  ").append(c.usage().lines().findFirst().orElse(c.name())).append('\n');
            }
        }
        return sb.append("\n--quiet: no progress lines on stderr (they are drawn only on a terminal anyway); JSON on "
            + "stdout is indented on\na terminal and one line otherwise; every JSON object ends with the tool's "
            + "\"version\".").toString();
    }

    /** A JSON object under construction: insertion-ordered. */
    static Map<String, Object> json() {
        return new LinkedHashMap<>();
    }
}
