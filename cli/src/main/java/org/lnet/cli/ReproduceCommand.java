package org.lnet.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lnet.engine.Progress;
import org.lnet.engine.experiment.Figure1;
import org.lnet.engine.experiment.Figure2;
import org.lnet.engine.sweep.WidthSweep;
import org.lnet.engine.train.TrainingOptions;

/**
 * {@code lnet reproduce}: the paper's two experiments at their defaults, Figure 1's runs repeated with the exact flow
 * (to show how far descent with the default step ends from it), and Figure 1 continued to h = 10^9 with implicit
 * width, as CSV, PNG and SVG files and an index.html report comparing measured with expected values.
 */
final class ReproduceCommand implements Command {

    static final long[] IMPLICIT_WIDTHS = {1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};
    private static final int STEPS = 4;

    @Override
    public String name() {
        return "reproduce";
    }

    @Override
    public String usage() {
        return """
            reproduce  the paper's Figures 1 and 2 at their defaults, with plots and an HTML report
              [--out-dir results]   writes fig1.*, fig1-flow.csv, fig1-implicit.*, fig2.* (csv, png, svg) and index.html
              [--threads N] [--error-bars sd|range]
              %s
            prints {report, fig1: {...}, fig1Flow: {...}, fig1Implicit: {...}, fig2: {...}}"""
            .formatted(ChartOptions.USAGE);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Set<String> keys = new HashSet<>(Set.of("out-dir", "threads"));
        keys.addAll(ChartOptions.KEYS);
        keys.add(ChartOptions.ERROR_BARS);
        Args args = Args.parse(argv, from, keys, Set.of());
        Path dir = Path.of(args.stringOr("out-dir", "results"));
        int threads = args.countOr("threads", Runtime.getRuntime().availableProcessors());
        ChartOptions charts = ChartOptions.of(args);
        Instant started = Instant.now();
        long begin = System.nanoTime();
        Outputs outputs = new Outputs();
        outputs.outputs("out-dir", dir, Fig1Command.files("fig1"));
        outputs.outputs("out-dir", dir, Fig1Command.files("fig1-implicit"));
        outputs.outputs("out-dir", dir, "fig1-flow.csv", "fig2.csv", "fig2.png", "fig2.svg", "index.html");

        Figure1 fig1 = Figure1.defaults(false);
        fig1 = fig1.withSweep(fig1.sweep().withThreads(threads));
        step(1, String.format(Locale.ROOT, "Figure 1: gradient descent (step %s) at widths 500..10000, 5 runs each",
            fig1.sweep().learningRate()));
        long t0 = System.nanoTime();
        WidthSweep.Result r1 = WidthSweep.run(fig1.data(), fig1.sweep(), Progress.NONE);
        double s1 = done(t0);
        Fig1Command.warnIfUnconverged(r1, "lnet reproduce");
        Fig1Command.write(r1, fig1, dir, "fig1", charts, outputs);

        Figure1 flow = fig1.withSweep(fig1.sweep().withMethod(TrainingOptions.Method.FLOW));
        step(2, "Figure 1 again with the exact gradient flow from the same networks (descent against the flow)");
        t0 = System.nanoTime();
        WidthSweep.Result rFlow = WidthSweep.run(flow.data(), flow.sweep(), Progress.NONE);
        double sFlow = done(t0);
        Fig1Command.warnIfUnconverged(rFlow, "lnet reproduce");
        outputs.put(dir.resolve("fig1-flow.csv"), Fig1Command.csv(rFlow));

        Figure1 wide = Figure1.defaults(true);
        wide = wide.withSweep(wide.sweep().withWidths(IMPLICIT_WIDTHS).withThreads(threads));
        step(3, "Figure 1 continued: widths 10^3..10^9 with implicit width (exact in law, cost independent of h)");
        t0 = System.nanoTime();
        WidthSweep.Result r2 = WidthSweep.run(wide.data(), wide.sweep(), Progress.NONE);
        double s2 = done(t0);
        Fig1Command.warnIfUnconverged(r2, "lnet reproduce");
        Fig1Command.write(r2, wide, dir, "fig1-implicit", charts, outputs);

        Figure2 fig2 = Figure2.defaults();
        step(4, String.format(Locale.ROOT, "Figure 2: gradient descent (step %s, mean loss) from four imbalance levels "
            + "and the balanced initialization", fig2.learningRate()));
        t0 = System.nanoTime();
        List<Figure2.Case> cases = fig2.run(Progress.NONE);
        double s3 = done(t0);
        Fig2Command.write(cases, fig2, dir, charts, outputs);

        Map<String, Object> j1 = Fig1Command.summary(r1, s1, dir, "fig1");
        Map<String, Object> jFlow = Fig1Command.summary(rFlow, sFlow, dir, "fig1-flow");
        jFlow.remove("png");
        jFlow.remove("svg");
        Map<String, Object> j2 = Fig1Command.summary(r2, s2, dir, "fig1-implicit");
        Map<String, Object> j3 = Fig2Command.summary(cases, fig2);
        j3.put("wallSeconds", s3);
        Figure1.FlowGap[] gaps = Figure1.flowGap(r1, rFlow);
        j1.put("relativeGapToFlowByWidth", java.util.Arrays.stream(gaps).mapToDouble(g -> g.gap().mean()).toArray());
        Path report = dir.resolve("index.html");
        double total = (System.nanoTime() - begin) / 1e9;
        outputs.put(report, Report.html(new Report.Runs(fig1, r1, rFlow, gaps, wide, r2, fig2, cases,
            new double[] {s1, sFlow, s2, s3}, started, total, threads, charts)));
        outputs.commit();
        StderrProgress.line("lnet reproduce: report written to " + report.toAbsolutePath());

        Map<String, Object> json = Main.json();
        json.put("report", report.toString());
        json.put("fig1", j1);
        json.put("fig1Flow", jFlow);
        json.put("fig1Implicit", j2);
        json.put("fig2", j3);
        return json;
    }

    private static void step(int i, String what) {
        StderrProgress.line(String.format(Locale.ROOT, "lnet reproduce [%d/%d] %s ...", i, STEPS, what));
    }

    private static double done(long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        StderrProgress.line(String.format(Locale.ROOT, "    done in %.2f s", s));
        return s;
    }
}
