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
 * stdout; errors go to stderr with exit code 2 (bad input or usage) or 1 (anything unexpected).
 */
public final class Main {

    static final List<Command> COMMANDS = List.of(new MinNormCommand(), new InitCommand(), new TrainCommand(),
        new BoundsCommand(), new Fig1Command(), new Fig2Command(), new ReproduceCommand(), new BenchCommand(), new NtkSweepCommand());

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command line; returns the exit code. Used by main and by the end-to-end and reliability tests. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
        try {
            Map<String, Object> result = command.run(args, 1);
            if (result != null) {
                out.println(Json.write(result));
            }
            return 0;
        } catch (UsageException e) {
            err.println("lnet " + command.name() + ": " + e.getMessage() + "\n\n" + command.usage());
            return 2;
        } catch (InvalidInputException e) {
            err.println("lnet " + command.name() + ": " + e.getMessage());
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
                    err.println("lnet " + command.name() + ": " + c.getMessage());
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
        StringBuilder sb = new StringBuilder("usage: lnet <command> [options]   (lnet <command> --help for its options)\n\ncommands:\n");
        for (Command c : COMMANDS) {
            sb.append("  ").append(c.usage().lines().findFirst().orElse(c.name())).append('\n');
        }
        return sb.toString();
    }

    /** A JSON object under construction: insertion-ordered. */
    static Map<String, Object> json() {
        return new LinkedHashMap<>();
    }
}
