package org.lnet.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.LossConvention;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.train.Trainer;
import org.lnet.engine.train.TrainingOptions;
import org.lnet.engine.train.TrainingResult;
import org.lnet.engine.train.TrajectoryPoint;

/** {@code lnet train}: gradient flow or gradient descent from U0, V0. */
final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String usage() {
        return """
            train      train U, V on X -> Y by gradient flow or gradient descent
              --x X.csv --y Y.csv --u0 U0.csv --v0 V0.csv   data and initial layers
              --method flow|gd   (default flow)
              --time T           flow horizon (required for flow); for gd, stop once lr * step >= T
              --lr eta --steps N gradient-descent step and step limit (default 10000)
              --tol tol          stop once L - L* <= tol (default 0: never)
              --loss sum|mean    1/2 ||Y - XUV^T||_F^2 (default) or ||Y - XUV^T||_F^2 / n
              --rtol r --atol a  flow integrator tolerances (default 1e-10, 1e-12)
              --records N        trajectory points besides start and end (default 100)
              --rcond R          rank cut-off for X
              --out-u U.csv --out-v V.csv   the trained layers
              --trajectory traj.csv         t,loss,excessLoss,theorem1Bound,u2vNorm,distanceToMinNorm,imbalanceDrift,
                                            boundHolds (true when within the bound or below the rounding floor
                                            1e-12 (L(0) - L*))
              {header}
            prints {loss, residualLoss, excessLoss, distanceToMinNorm, distanceToMinNormOp, u2vNorm, imbalanceDrift,
                    c, theorem1Rate, steps | evaluations, time, stop, method, lossConvention}""".replace("{header}",
            MatrixCsv.Header.HELP);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("x", "y", "u0", "v0", "method", "time", "lr", "steps", "tol", "loss",
            "rtol", "atol", "records", "rcond", "out-u", "out-v", "trajectory", "header"), Set.of());
        TrainingOptions.Method method = TrainingOptions.Method.parse("method", args.stringOr("method", "flow"));
        LossConvention loss = LossConvention.parse("loss", args.stringOr("loss", "sum"));
        TrainingOptions options;
        if (method == TrainingOptions.Method.FLOW) {
            if (!args.has("time")) {
                throw new UsageException("Gradient flow needs its horizon: add --time T (T > 0).");
            }
            if (args.has("lr") || args.has("steps")) {
                throw new UsageException("--lr and --steps belong to gradient descent: add --method gd, or drop them for the flow.");
            }
            options = TrainingOptions.flow(args.number("time"))
                .withIntegratorTolerances(args.numberOr("rtol", TrainingOptions.DEFAULT_RTOL), args.numberOr("atol", TrainingOptions.DEFAULT_ATOL));
        } else {
            if (args.has("rtol") || args.has("atol")) {
                throw new UsageException("--rtol and --atol are the flow integrator's tolerances: drop them for gradient"
                    + " descent, or use --method flow.");
            }
            if (!args.has("lr")) {
                throw new UsageException("Gradient descent needs its step: add --lr eta (eta > 0).");
            }
            options = TrainingOptions.descent(args.number("lr"), args.integerOr("steps", TrainingOptions.DEFAULT_STEPS))
                .withTime(args.numberOr("time", Double.POSITIVE_INFINITY));
        }
        options = options.withLoss(loss).withTolerance(args.numberOr("tol", 0))
            .withRecords(args.countOr("records", TrainingOptions.DEFAULT_RECORDS));
        options.validate();
        Path outU = args.path("out-u");
        Path outV = args.path("out-v");
        Path trajectoryFile = args.has("trajectory") ? args.path("trajectory") : null;
        Outputs outputs = new Outputs();
        Problem.declare(args, outputs);
        outputs.output("out-u", outU);
        outputs.output("out-v", outV);
        if (trajectoryFile != null) {
            outputs.output("trajectory", trajectoryFile);
        }

        Problem problem = Problem.read(args);
        Phase.enter("training a network of D = " + problem.data().inputDim() + ", m = " + problem.data().outputDim()
            + ", h = " + problem.network().width() + " (U, V and " + (options.records() + 2) + " trajectory points)",
            Phase.doubles((long) problem.data().inputDim() + problem.data().outputDim(), problem.network().width(), 3));
        StderrProgress progress = new StderrProgress();
        TrainingResult result = Trainer.train(problem.network(), problem.data(), options, progress);
        progress.done();
        TrajectoryPoint end = result.last();
        if (org.ejml.dense.row.NormOps_DDRM.normF(problem.network().uCoefficients()) == 0
            && org.ejml.dense.row.NormOps_DDRM.normF(problem.network().vCoefficients()) == 0) {
            System.err.println("lnet train: warning: U0 and V0 are zero, a stationary point: the gradient vanishes, so "
                + "training cannot move (U and V are written unchanged). Start from lnet init instead.");
        }

        outputs.put(outU, MatrixCsv.format(result.network().u(), MatrixCsv.hiddenUnits(result.network().u().numCols)));
        outputs.put(outV, MatrixCsv.format(result.network().v(), MatrixCsv.hiddenUnits(result.network().v().numCols)));
        if (trajectoryFile != null) {
            outputs.put(trajectoryFile, trajectoryCsv(result.trajectory()));
        }
        outputs.commit();

        Map<String, Object> json = Main.json();
        json.put("loss", end.loss());
        json.put("residualLoss", result.residualLoss());
        json.put("excessLoss", end.excessLoss());
        json.put("distanceToMinNorm", end.distanceToMinNorm());
        json.put("distanceToMinNormOp", end.distanceToMinNormOp());
        json.put("u2vNorm", end.u2vNorm());
        json.put("imbalanceDrift", end.imbalanceDrift());
        json.put("c", result.initialImbalance().c());
        json.put("theorem1Rate", Bounds.theorem1Rate(problem.data(), result.initialImbalance().c(),
            loss.scale(problem.data().samples())));
        if (method == TrainingOptions.Method.FLOW) {
            json.put("evaluations", result.evaluations());
        } else {
            json.put("steps", result.steps());
            json.put("largestStableStep", result.largestStableStep());
        }
        json.put("time", end.t());
        json.put("stop", result.stop().name().toLowerCase(java.util.Locale.ROOT));
        json.put("method", method.key());
        json.put("lossConvention", loss.key());
        return json;
    }

    /** The trajectory as CSV: the numeric columns as MatrixCsv writes them, then boundHolds (true/false). */
    static String trajectoryCsv(java.util.List<TrajectoryPoint> points) {
        DMatrixRMaj table = new DMatrixRMaj(points.size(), TrajectoryPoint.COLUMNS.length);
        for (int i = 0; i < points.size(); i++) {
            double[] row = points.get(i).values();
            System.arraycopy(row, 0, table.data, i * row.length, row.length);
        }
        String[] lines = MatrixCsv.format(table, Arrays.asList(TrajectoryPoint.COLUMNS)).split("\n");
        StringBuilder out = new StringBuilder(lines[0]).append(',').append(TrajectoryPoint.BOUND_HOLDS).append('\n');
        for (int i = 1; i < lines.length; i++) {
            out.append(lines[i]).append(',').append(points.get(i - 1).boundHolds()).append('\n');
        }
        return out.toString();
    }
}
