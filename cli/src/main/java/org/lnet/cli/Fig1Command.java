package org.lnet.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lnet.charts.Charts;
import org.lnet.engine.LossConvention;
import org.lnet.engine.experiment.Figure1;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.node.nodes.WidthSweepNode;

/** {@code lnet fig1}: the width sweep of the paper's Figure 1, as CSV, PNG and SVG. */
final class Fig1Command implements Command {

    static final String CSV_HEADER = "h,seed,steps,distance,distanceOp,finalLoss,theorem2LogBound,initialU2vNorm,repetition,"
        + "converged,finalU2vNorm,initialDistanceOp,theorem2Vacuous";

    /** Why the measured slope should be close to 1/2 - 2 alpha, in the words of docs/MATH.md. */
    static final String REFERENCE_SLOPE_MEANING = "1/2 - 2 alpha: the rate of the leading term ||U2(0)V(0)^T||_F of the "
        + "final distance. Theorem 2's bound has the same rate but is an upper bound (see theorem2Vacuous), not a prediction";

    @Override
    public String name() {
        return "fig1";
    }

    @Override
    public String usage() {
        return """
            fig1       Figure 1: distance to the min-norm solution vs width, gradient descent from N(0, h^(-2 alpha))
              [--n 50 --d 200 --m 5]            data: X entries N(0,1)/sqrt(D), Y entries N(0,1) (--data-seed 42)
              [--implicit-width]                sample width-free (exact in law): --widths 1e3,1e5,1e7,1e9 is cheap
              [--error-bars sd|range]           one standard deviation (the paper's) or min to max
              %s
              --out-dir DIR                     writes fig1.csv, fig1.png, fig1.svg
            the Width Sweep node's settings (its defaults are the paper's Figure 1):
            %sprints {slope, slopeStandardError, referenceSlope, initialU2vSlope, theorem2VacuousInEveryRun, ...}"""
            .formatted(ChartOptions.USAGE, sweepHelp());
    }

    /** The Width Sweep node, whose settings fig1 shares (keys, defaults, ranges, messages). */
    static final WidthSweepNode NODE = new WidthSweepNode();
    /** The node's settings fig1 takes; its width mode is fig1's --implicit-width, its data fig1's own. */
    static final String[] SETTINGS = {"widths", "seeds", "alpha", "method", "lr", "tol", "loss", "steps", "seed",
        "delta", "threads"};

    static String sweepHelp() {
        StringBuilder sb = new StringBuilder();
        for (String key : SETTINGS) {
            sb.append(NodeOptions.help(NODE.parameter(key), Map.of()));
        }
        return sb.toString();
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Set<String> keys = new HashSet<>(Set.of("n", "d", "m", "widths", "seeds", "alpha", "lr", "tol", "loss", "steps",
            "seed", "data-seed", "threads", "delta", "method", "out-dir"));
        keys.addAll(ChartOptions.KEYS);
        keys.add(ChartOptions.ERROR_BARS);
        Args args = Args.parse(argv, from, keys, Set.of("implicit-width"));
        Figure1 experiment = experiment(args, args.flag("implicit-width"));
        ChartOptions charts = ChartOptions.of(args);
        Path dir = args.path("out-dir");
        Outputs outputs = new Outputs();
        outputs.outputs("out-dir", dir, files("fig1"));
        StderrProgress progress = new StderrProgress();
        long t0 = System.nanoTime();
        WidthSweep.Result result = WidthSweep.run(experiment.data(), experiment.sweep(), progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.done();
        warnIfUnconverged(result, "lnet fig1");
        write(result, experiment, dir, "fig1", charts, outputs);
        outputs.commit();
        return summary(result, seconds, dir, "fig1");
    }

    /** The Figure 1 defaults with whatever the command line overrides (options a command does not take stay default). */
    static Figure1 experiment(Args args, boolean implicitWidth) {
        // the node checks the given settings, with its ranges and messages
        // (its width mode is --implicit-width here; bench's --mode is bench's own)
        NodeOptions.Given.of(NODE, args.without("mode"), Map.of());
        Figure1 d = Figure1.defaults(implicitWidth);
        WidthSweep.Settings s = d.sweep();
        WidthSweep.Settings sweep = new WidthSweep.Settings(
            args.has("widths") ? args.widths("widths") : s.widths(),
            args.countOr("seeds", s.repetitions()),
            args.numberOr("alpha", s.alpha()),
            args.numberOr("lr", s.learningRate()),
            args.numberOr("tol", s.tolerance()),
            args.has("loss") ? LossConvention.parse("loss", args.string("loss")) : s.loss(),
            args.integerOr("steps", s.maxSteps()),
            s.implicitWidth(),
            args.integerOr("seed", s.seed()),
            args.numberOr("delta", s.delta()),
            args.countOr("threads", s.threads()) == 0 ? Runtime.getRuntime().availableProcessors()
                : args.countOr("threads", s.threads()),
            args.has("method") ? TrainingOptions.Method.parse("method", args.string("method")) : s.method()).validate();
        return new Figure1(args.countOr("n", d.n()), args.countOr("d", d.d()), args.countOr("m", d.m()),
            args.integerOr("data-seed", d.dataSeed()), sweep).validate();
    }

    /** The files {@link #write} writes for NAME. */
    static String[] files(String name) {
        return new String[] {name + ".csv", name + ".png", name + ".svg"};
    }

    /** Writes NAME.csv, NAME.png and NAME.svg into dir (through outputs, committed by the caller). */
    static void write(WidthSweep.Result result, Figure1 experiment, Path dir, String name, ChartOptions charts,
                      Outputs outputs) {
        outputs.put(dir.resolve(name + ".csv"), csv(result));
        String label = String.format(Locale.ROOT, "n = %d, D = %d, m = %d%s", experiment.n(), experiment.d(), experiment.m(),
            experiment.sweep().implicitWidth() ? ", implicit width" : "");
        charts.write(Charts.figure1(result, label, charts.errorBars()), dir, name, outputs);
    }

    static String csv(WidthSweep.Result result) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (WidthSweep.Row r : result.rows()) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%d,%s,%s,%s,%s,%s,%d,%s,%s,%s,%s%n", r.width(), r.seed(), r.steps(),
                r.distance(), r.distanceOp(), r.finalLoss(), r.theorem2LogBound(), r.initialU2vNorm(), r.repetition(),
                r.converged(), r.finalU2vNorm(), r.initialDistanceOp(), r.theorem2Vacuous()));
        }
        return csv.toString();
    }

    /** Says on stderr when runs hit the step limit: their distances are not those of converged networks. */
    static void warnIfUnconverged(WidthSweep.Result result, String who) {
        if (result.unconverged() > 0) {
            System.err.printf(Locale.ROOT, "%s: warning: %d of %d runs stopped at --steps %d before the loss reached --tol %g;"
                + " their distances are not at convergence. Gradient descent can settle into a 2-cycle when --lr is near"
                + " its stability limit (on the default data about 1.6 with the mean loss): try a smaller --lr (default"
                + " %s).%n", who, result.unconverged(), result.rows().size(), result.settings().maxSteps(),
                result.settings().tolerance(), Figure1.DEFAULT_STEP);
        }
    }

    static Map<String, Object> summary(WidthSweep.Result result, double seconds, Path dir, String name) {
        WidthSweep.Settings s = result.settings();
        Map<String, Object> json = Main.json();
        json.put("slope", result.slope());
        json.put("slopeStandardError", result.slopeStandardError());
        json.put("referenceSlope", s.referenceSlope());
        json.put("referenceSlopeMeaning", REFERENCE_SLOPE_MEANING);
        json.put("initialU2vSlope", result.fit(WidthSweep.Row::initialU2vNorm).slope());
        json.put("finalU2vSlope", result.fit(WidthSweep.Row::finalU2vNorm).slope());
        json.put("theorem2LogBoundByWidth", result.rows().stream().filter(r -> r.repetition() == 0)
            .mapToDouble(WidthSweep.Row::theorem2LogBound).toArray());
        json.put("theorem2VacuousInEveryRun", result.theorem2VacuousEverywhere());
        json.put("wallSeconds", seconds);
        json.put("mode", s.implicitWidth() ? "implicit" : "explicit");
        json.put("method", s.method().key());
        json.put("lr", s.learningRate());
        json.put("lossConvention", s.loss().key());
        json.put("widths", s.widths());
        json.put("meanDistanceByWidth", result.meanDistanceByWidth());
        json.put("sdDistanceByWidth", java.util.Arrays.stream(result.spread(WidthSweep.Row::distance))
            .mapToDouble(org.lnet.engine.sweep.Spread::sd).toArray());
        json.put("meanFinalU2vNormByWidth", java.util.Arrays.stream(result.spread(WidthSweep.Row::finalU2vNorm))
            .mapToDouble(org.lnet.engine.sweep.Spread::mean).toArray());
        json.put("runs", result.rows().size());
        json.put("unconvergedRuns", result.unconverged());
        json.put("csv", dir.resolve(name + ".csv").toString());
        json.put("png", dir.resolve(name + ".png").toString());
        json.put("svg", dir.resolve(name + ".svg").toString());
        return json;
    }
}
