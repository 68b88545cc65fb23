package org.lnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lnet.charts.Charts;
import org.lnet.engine.LossConvention;
import org.lnet.engine.experiment.Figure2;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrajectoryPoint;

/** {@code lnet fig2}: loss curves and Theorem 1 bounds for several imbalance levels (the paper's Figure 2). */
final class Fig2Command implements Command {

    static final String CSV_HEADER = "case,label,sigmaU,sigmaV,c,theorem1Rate,t,excessLoss,theorem1Bound,boundHolds";

    @Override
    public String name() {
        return "fig2";
    }

    @Override
    public String usage() {
        return """
            fig2       Figure 2: loss curves and Theorem 1 bounds for several imbalance levels (more imbalance, faster)
                       Sigma_x = I data; U(0) = sigmaU U0, V(0) = V0 / sigmaU (same U(0)V(0)^T), plus the
                       balanced initialization with that product (c = 0)
              [--n 10 --d 30 --m 2 --width 40]  [--sigma-u 1,2,4,8]
              [--target-scale 0.1]              Y scaled down so the imbalance, not the size of the solution, sets the speed
              [--method gd|flow] [--lr 0.01]    gradient descent with a fixed step (the paper's) or the exact flow
              [--loss mean|sum] [--time 100]    the paper's mean loss ||Y - XUV^T||_F^2 / n; horizon in its time (lr x steps)
              [--records 300] [--data-seed 7] [--seed 8]
              %s
              --out-dir DIR                     writes fig2.csv, fig2.png, fig2.svg
            prints {cases: [{label, c, theorem1Rate, measuredRate, boundHolds}], boundNeverViolated, fasterWithLargerC, ...}"""
            .formatted(ChartOptions.USAGE);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Set<String> keys = new java.util.HashSet<>(Set.of("n", "d", "m", "width", "sigma-u", "target-scale", "time",
            "method", "lr", "loss", "records", "data-seed", "seed", "out-dir"));
        keys.addAll(ChartOptions.KEYS);
        Args args = Args.parse(argv, from, keys, Set.of());
        Figure2 experiment = experiment(args);
        ChartOptions charts = ChartOptions.of(args);
        Path dir = args.path("out-dir");
        Outputs outputs = new Outputs();
        outputs.outputs("out-dir", dir, "fig2.csv", "fig2.png", "fig2.svg");
        StderrProgress progress = new StderrProgress();
        long t0 = System.nanoTime();
        List<Figure2.Case> cases = experiment.run(progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.done();
        write(cases, experiment, dir, charts, outputs);
        outputs.commit();
        Map<String, Object> json = summary(cases, experiment);
        json.put("wallSeconds", seconds);
        json.put("csv", dir.resolve("fig2.csv").toString());
        json.put("png", dir.resolve("fig2.png").toString());
        json.put("svg", dir.resolve("fig2.svg").toString());
        return json;
    }

    static Figure2 experiment(Args args) {
        Figure2 d = Figure2.defaults();
        double[] sigma = d.sigmaU();
        if (args.has("sigma-u")) {
            sigma = args.numbers("sigma-u");
        }
        return new Figure2(args.countOr("n", d.n()), args.countOr("d", d.d()), args.countOr("m", d.m()),
            args.countOr("width", d.width()), sigma, args.numberOr("target-scale", d.targetScale()),
            args.numberOr("time", d.time()),
            args.has("method") ? TrainingOptions.Method.parse("method", args.string("method")) : d.method(),
            args.has("loss") ? LossConvention.parse("loss", args.string("loss")) : d.loss(),
            args.numberOr("lr", d.learningRate()), args.countOr("records", d.records()),
            args.integerOr("data-seed", d.dataSeed()), args.integerOr("seed", d.networkSeed())).validate();
    }

    static void write(List<Figure2.Case> cases, Figure2 experiment, Path dir, ChartOptions charts, Outputs outputs) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i < cases.size(); i++) {
            Figure2.Case c = cases.get(i);
            for (TrajectoryPoint p : c.trajectory()) {
                csv.append(String.format(Locale.ROOT, "%d,\"%s\",%s,%s,%s,%s,%s,%s,%s,%s%n", i, c.label(), c.sigmaU(), c.sigmaV(),
                    c.c(), c.theorem1Rate(), p.t(), p.excessLoss(), p.theorem1Bound(), p.boundHolds()));
            }
        }
        outputs.put(dir.resolve("fig2.csv"), csv.toString());
        charts.write(Charts.figure2(cases, experiment), dir, "fig2", outputs);
    }

    static Map<String, Object> summary(List<Figure2.Case> cases, Figure2 experiment) {
        List<Map<String, Object>> list = new ArrayList<>();
        boolean holds = true;
        for (Figure2.Case c : cases) {
            Map<String, Object> m = Main.json();
            m.put("label", c.label());
            m.put("sigmaU", c.sigmaU());
            m.put("sigmaV", c.sigmaV());
            m.put("c", c.c());
            m.put("theorem1Rate", c.theorem1Rate());
            m.put("measuredRate", c.measuredRate());
            m.put("measuredOverTheorem1Rate", c.theorem1Rate() > 0 ? c.measuredRate() / c.theorem1Rate() : Double.NaN);
            m.put("boundHolds", c.boundHolds());
            List<TrajectoryPoint> pts = c.trajectory();
            m.put("finalExcessLoss", pts.get(pts.size() - 1).excessLoss());
            list.add(m);
            holds &= c.boundHolds();
        }
        Map<String, Object> json = Main.json();
        json.put("cases", list);
        json.put("boundNeverViolated", holds);
        json.put("fasterWithLargerC", fasterWithLargerC(cases));
        json.put("relativeFloor", TrajectoryPoint.RELATIVE_FLOOR);
        json.put("boundHoldsRule", TrajectoryPoint.BOUND_HOLDS_RULE);
        json.put("method", experiment.method().key());
        json.put("lossConvention", experiment.loss().key());
        json.put("lr", experiment.method() == TrainingOptions.Method.DESCENT ? experiment.learningRate() : Double.NaN);
        json.put("targetScale", experiment.targetScale());
        return json;
    }

    /** Measured rates increase with c across all cases (the balanced one, c = 0, included). */
    static boolean fasterWithLargerC(List<Figure2.Case> cases) {
        List<Figure2.Case> sorted = new ArrayList<>(cases);
        sorted.sort((a, b) -> Double.compare(a.c(), b.c()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).measuredRate() < sorted.get(i - 1).measuredRate()) {
                return false;
            }
        }
        return true;
    }
}
