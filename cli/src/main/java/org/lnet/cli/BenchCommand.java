package org.lnet.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.experiment.Figure1;
import org.lnet.engine.sweep.WidthSweep;

/**
 * {@code lnet bench fig1}: times the Figure-1 width sweep, after a warm-up that lets the JIT compile the hot
 * loops, so the figure is the sweep alone (JVM start and warm-up excluded).
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return """
            bench      benchmark: bench fig1 times the paper's Figure-1 width sweep (JVM start and warm-up excluded)
              fig1 [--mode explicit|implicit]   explicit: the very networks a full-matrix code would sample;
                                                implicit: implicit-width sampling, exact in law
              [--widths 500,1000,2000,5000,10000] [--seeds 5] [--threads N] [--repeat 1 (best of)] [--no-warmup]
              [--export-data DIR]               only write the sweep's X.csv and Y.csv (for bench/fig1-compare)
            prints one line per (h, seed), then {wallSeconds, mode, meanDistanceByWidth, slope, gmacPerSecond,
            peakNominalGmacPerSecond (cores x 2 FMA pipes x doubles per pipe x clock), peakMeasuredGmacPerSecond
            (a tight vector multiply-add loop on --threads threads), ...}""";
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("mode", "widths", "seeds", "threads", "repeat", "export-data"),
            Set.of("no-warmup"), 1);
        if (args.positional().size() != 1 || !args.positional().get(0).equals("fig1")) {
            throw new UsageException("Name the benchmark: lnet bench fig1 [--mode explicit|implicit].");
        }
        String mode = args.stringOr("mode", "explicit");
        if (!mode.equals("explicit") && !mode.equals("implicit")) {
            throw new UsageException("--mode must be 'explicit' or 'implicit', not '" + mode + "'.");
        }
        boolean implicit = mode.equals("implicit");
        Figure1 base = Fig1Command.experiment(args, implicit);
        WidthSweep.Settings s = base.sweep();
        int repeat = args.countOr("repeat", 1);
        DataDecomposition data = base.data();

        if (args.has("export-data")) {
            java.nio.file.Path dir = args.path("export-data");
            Outputs outputs = new Outputs();
            outputs.outputs("export-data", dir, "X.csv", "Y.csv");
            outputs.put(dir.resolve("X.csv"), MatrixCsv.format(base.pair().x(), null));
            outputs.put(dir.resolve("Y.csv"), MatrixCsv.format(base.pair().y(), null));
            outputs.commit();
            Map<String, Object> json = Main.json();
            json.put("x", dir.resolve("X.csv").toString());
            json.put("y", dir.resolve("Y.csv").toString());
            return json;
        }
        long warm = System.nanoTime();
        if (!args.flag("no-warmup")) {
            StderrProgress warmup = new StderrProgress();
            WidthSweep.run(data, s.withRepetitions(1), warmup);
            warmup.done();
        }
        double warmSeconds = (System.nanoTime() - warm) / 1e9;

        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        WidthSweep.Result result = null;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            StderrProgress progress = new StderrProgress();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            result = WidthSweep.run(data, s, progress);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (processCpuNanos() - c0) / 1e9);
            progress.done();
        }
        for (WidthSweep.Row r : result.rows()) {
            Terminal.out().printf(Locale.ROOT, "h=%d seed=%d steps=%d distance=%.6f%n", r.width(), r.repetition(), r.steps(), r.distance());
        }
        Map<String, Object> json = Main.json();
        json.put("benchmark", "fig1");
        json.put("mode", mode);
        json.put("wallSeconds", best);
        // CPU time of the whole JVM over the sweep (workers, plus little GC and JIT): what a loaded machine inflates least
        json.put("cpuSeconds", bestCpu);
        json.put("warmupSeconds", warmSeconds);
        json.put("runs", result.rows().size());
        json.put("threads", s.threads());
        json.put("widths", s.widths());
        json.put("meanDistanceByWidth", result.meanDistanceByWidth());
        json.put("slope", result.slope());
        long steps = 0;
        double multiplyAdds = 0;
        int m = data.outputDim();
        int rank = data.rank();
        for (WidthSweep.Row r : result.rows()) {
            steps += r.steps();
            // 3 r m k per reduced step; an explicit run also projects U(0) onto the row space, r D h
            multiplyAdds += 3.0 * rank * m * Math.min(r.width(), m + rank) * r.steps()
                + (implicit ? 0 : (double) rank * data.inputDim() * r.width());
        }
        json.put("totalSteps", steps);
        json.put("multiplyAdds", multiplyAdds);
        json.put("gmacPerSecond", multiplyAdds / best / 1e9);
        int cores = Runtime.getRuntime().availableProcessors();
        json.put("cores", cores);
        json.put("peakNominalGmacPerSecond", PeakRate.nominal(cores) / 1e9);
        json.put("peakNominalHow", PeakRate.nominalHow(cores));
        json.put("peakMeasuredGmacPerSecond", PeakRate.measured(s.threads(), 0.5) / 1e9);
        return json;
    }

    /**
     * CPU time of this process (all threads, also finished ones) in nanoseconds from /proc/self/stat (user + system
     * time in the kernel's 100 Hz ticks, so 10 ms resolution), or -1 off Linux: the JDK's own process CPU time lives
     * in com.sun.management, a module the CLI does not otherwise need.
     */
    private static long processCpuNanos() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // fields after the parenthesised command name: state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
