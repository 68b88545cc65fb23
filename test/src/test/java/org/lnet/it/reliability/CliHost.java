package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.lnet.cli.Main;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.train.TrajectoryPoint;

/**
 * The command line as a host: {@code Main.run} in this JVM, with the case's data as X.csv and Y.csv (a line of names,
 * then the rows) in a fresh directory. Pipelines run as a user would chain them (init, then train or bounds). On a
 * refusal it checks what the issue asks of the CLI: exit code 2, the message on stderr without a stack trace,
 * nothing on stdout, and the failing command's output files left byte for byte as they were (each output path holds
 * a file before the run), with no stray temporary file beside them.
 */
final class CliHost {

    private static final String SENTINEL = "an earlier result the failed command must leave alone\n";

    private final Path dir;

    private CliHost(Path dir) {
        this.dir = dir;
    }

    static Outcome run(Case c, Path dir) {
        try {
            Files.createDirectories(dir.resolve("out"));
            Files.writeString(dir.resolve("X.csv"), c.data().xCsv());
            Files.writeString(dir.resolve("Y.csv"), c.data().yCsv());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CliHost(dir).pipeline(c);
    }

    private Outcome pipeline(Case c) {
        Outcome.Numbers n = new Outcome.Numbers();
        Map<String, String> init = c.settingsOf("init");
        List<String> initArgs = new ArrayList<>(List.of("init",
            "--inputs", init.getOrDefault("inputs", Integer.toString(c.data().inputs().size())),
            "--outputs", init.getOrDefault("outputs", Integer.toString(c.data().targets().size())),
            "--width", init.getOrDefault("width", "100"), "--seed", init.getOrDefault("seed", "1")));
        init.forEach((k, v) -> {
            if (!List.of("inputs", "outputs", "width", "seed").contains(k)) {
                option(initArgs, k, v);
            }
        });
        switch (c.op()) {
            case MIN_NORM -> {
                List<String> args = new ArrayList<>(List.of("min-norm", "--x", p("X.csv"), "--y", p("Y.csv"),
                    "--out", p("out/theta.csv")));
                options(args, c.settingsOf("minnorm"));
                Run r = command(args, "out/theta.csv");
                if (r.outcome != null) {
                    return r.outcome;
                }
                n.put("theta", read("out/theta.csv"));
                n.put("rank", r.json("rank"));
                n.put("residualLoss", r.json("residualLoss"));
            }
            case INIT -> {
                Run r = command(concat(initArgs, "--out-u", p("out/U.csv"), "--out-v", p("out/V.csv")),
                    "out/U.csv", "out/V.csv");
                if (r.outcome != null) {
                    return r.outcome;
                }
                network(n, "out/U.csv", "out/V.csv");
            }
            case TRAIN, BOUNDS -> {
                Run r = command(concat(initArgs, "--out-u", p("out/U0.csv"), "--out-v", p("out/V0.csv")),
                    "out/U0.csv", "out/V0.csv");
                if (r.outcome != null) {
                    return r.outcome;
                }
                List<String> data = List.of("--x", p("X.csv"), "--y", p("Y.csv"), "--u0", p("out/U0.csv"), "--v0",
                    p("out/V0.csv"));
                if (c.op() == Case.Op.BOUNDS) {
                    List<String> args = concat(List.of("bounds"), data.toArray(new String[0]));
                    options(args, c.settingsOf("bounds"));
                    Run b = command(args);
                    if (b.outcome != null) {
                        return b.outcome;
                    }
                    for (String key : Results.BOUNDS) {
                        n.put(key, b.json(key));
                    }
                } else {
                    Map<String, String> train = new java.util.LinkedHashMap<>(c.settingsOf("train"));
                    // the node layer's defaults, which the CLI asks for explicitly
                    if (train.getOrDefault("method", "flow").equals("flow")) {
                        train.putIfAbsent("time", "10");
                    } else {
                        train.putIfAbsent("lr", "0.01");
                    }
                    List<String> args = concat(List.of("train"), data.toArray(new String[0]));
                    args.addAll(List.of("--out-u", p("out/U.csv"), "--out-v", p("out/V.csv"), "--trajectory",
                        p("out/traj.csv")));
                    options(args, train);
                    Run t = command(args, "out/U.csv", "out/V.csv", "out/traj.csv");
                    if (t.outcome != null) {
                        return t.outcome;
                    }
                    network(n, "out/U.csv", "out/V.csv");
                    n.put("trajectory", Results.csv(text("out/traj.csv"), false)
                        .columns(List.of(TrajectoryPoint.COLUMNS)));
                }
            }
            case SWEEP -> throw new IllegalStateException("the CLI has no sweep on user data: mark the case n/a");
        }
        return Outcome.ok(n.build());
    }

    private static void options(List<String> args, Map<String, String> settings) {
        settings.forEach((k, v) -> option(args, k, v));
    }

    /**
     * A node-layer setting as the CLI's option: the key in kebab case (sigmaU -> --sigma-u); a yes/no setting is a
     * flag, given when true.
     */
    private static void option(List<String> args, String key, String value) {
        String option = "--" + key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        if (value.equals("true")) {
            args.add(option);
        } else if (!value.equals("false")) {
            args.addAll(List.of(option, value));
        }
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private String text(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double[] read(String name) {
        return Results.csv(text(name), false).all();
    }

    private DMatrixRMaj matrix(String name) {
        Results.Parsed p = Results.csv(text(name), false);
        DMatrixRMaj m = new DMatrixRMaj(p.rows().size(), p.rows().get(0).length);
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(p.rows().get(i), 0, m.data, i * m.numCols, m.numCols);
        }
        return m;
    }

    /** U and V files (with their header line h1..hH) as the network the next command would read. */
    private void network(Outcome.Numbers n, String u, String v) {
        Results.network(n, Initializers.user(matrix(u), matrix(v)), true);
    }

    /** One command's result: null outcome when it succeeded (then {@link #json} reads its stdout). */
    private record Run(Outcome outcome, String stdout) {
        double json(String key) {
            Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+|null|true|false)").matcher(stdout);
            if (!m.find()) {
                throw new AssertionError("no " + key + " in " + stdout);
            }
            String v = m.group(1);
            return v.equals("null") ? Double.NaN : v.equals("true") ? 1 : v.equals("false") ? 0 : Double.parseDouble(v);
        }
    }

    /** Runs one command whose outputs are {@code outputs}; on a refusal checks the CLI's promises. */
    private Run command(List<String> args, String... outputs) {
        for (String o : outputs) {
            write(o, SENTINEL);
        }
        TreeSet<String> before = listing();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String cmd = args.get(0);
        if (code == 0) {
            assertTrue(stdout.startsWith("{"), cmd + " prints its JSON: " + stdout);
            for (String o : outputs) {
                assertFalse(text(o).equals(SENTINEL), cmd + " wrote " + o);
            }
            return new Run(null, stdout);
        }
        String where = "lnet " + String.join(" ", args) + "\nexit " + code + "\nstderr: " + stderr;
        assertEquals(2, code, "bad input exits with 2: " + where);
        assertEquals("", stdout, "nothing on stdout: " + where);
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), "no stack trace: " + where);
        for (String o : outputs) {
            assertEquals(SENTINEL, text(o), o + " is left as it was: " + where);
        }
        assertEquals(before, listing(), "no new (temporary) file: " + where);
        String prefix = "lnet " + cmd + ": ";
        assertTrue(stderr.startsWith(prefix), where);
        // the message is the first paragraph; a usage error adds the command's usage after a blank line
        String message = stderr.substring(prefix.length()).split("\n\n")[0].strip();
        return new Run(Outcome.error(message.replace(dir + java.io.File.separator, ""), cmd), stdout);
    }

    private void write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TreeSet<String> listing() {
        try (Stream<Path> files = Files.walk(dir)) {
            TreeSet<String> out = new TreeSet<>();
            files.forEach(f -> out.add(dir.relativize(f).toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
