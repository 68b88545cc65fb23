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
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.nodes.GradientFlowTrainerNode;

/**
 * {@code lnet train}: gradient flow or gradient descent from U0, V0 (or a network file), with the Gradient Flow
 * Trainer node's settings: its keys, defaults, ranges and messages, and its training options.
 */
final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    private static final GradientFlowTrainerNode NODE = new GradientFlowTrainerNode();
    /** The node's settings this command takes (the column choices are the files' columns here). */
    private static final String[] SETTINGS = {"method", "time", "lr", "steps", "tol", "loss", "rtol", "atol",
        "records", "rcond"};

    @Override
    public String usage() {
        StringBuilder sb = new StringBuilder("""
            train      train U, V on X -> Y by gradient flow or gradient descent
            """).append(Problem.HELP).append("""
              --out-u U.csv --out-v V.csv   the trained layers (explicit networks), and/or
              --out-network NET.lnet        the trained network as a network file
              --out-theta THETA.csv         the trained end-to-end matrix Theta = U V^T (D x m)
              --trajectory traj.csv         t,loss,excessLoss,theorem1Bound,u2vNorm,distanceToMinNorm,imbalanceDrift,
                                            boundHolds (true when within the bound or below the rounding floor
                                            1e-12 (L(0) - L*))
            """);
        for (String key : SETTINGS) {
            sb.append(NodeOptions.help(NODE.parameter(key), Map.of()));
        }
        return sb.append("  ").append(MatrixCsv.Header.HELP).append("""

            prints {loss, residualLoss, excessLoss, distanceToMinNorm, distanceToMinNormOp, u2vNorm, imbalanceDrift,
                    c, theorem1Rate, steps | evaluations, time, stop, method, lossConvention}
            (the Gradient Flow Trainer node's settings; lnet gradient-flow-trainer is the node itself)""").toString();
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("x", "y", "u0", "v0", "network", "method", "time", "lr", "steps",
            "tol", "loss", "rtol", "atol", "records", "rcond", "out-u", "out-v", "out-network", "out-theta",
            "trajectory", "header"), Set.of());
        GradientFlowTrainerNode.Settings settings = NODE.load(NodeOptions.store(NODE, args));
        TrainingOptions options = settings.options().validate();
        TrainingOptions.Method method = options.method();
        LossConvention loss = options.loss();
        if (args.has("out-u") != args.has("out-v")) {
            throw new UsageException("U and V are written together: give both --out-u and --out-v.");
        }
        if (!args.has("out-u") && !args.has("out-network")) {
            throw new UsageException("Say where the trained network goes: --out-u U.csv --out-v V.csv, or "
                + "--out-network NET.lnet.");
        }
        Outputs outputs = new Outputs();
        Problem.declare(args, outputs);
        for (String option : new String[] {"out-u", "out-v", "out-network", "out-theta", "trajectory"}) {
            if (args.has(option)) {
                outputs.output(option, args.path(option));
            }
        }

        Problem problem = Problem.read(args, settings.get(GradientFlowTrainerNode.RCOND));
        if (args.has("out-u") && !problem.network().isExplicit()) {
            throw new org.lnet.engine.InvalidInputException("out-u", "The network has implicit width h = "
                + problem.network().width() + ": U and V files would hold every entry. Write it with --out-network.");
        }
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

        if (args.has("out-u")) {
            outputs.put(args.path("out-u"), MatrixCsv.format(result.network().u(),
                MatrixCsv.hiddenUnits(result.network().u().numCols)));
            outputs.put(args.path("out-v"), MatrixCsv.format(result.network().v(),
                MatrixCsv.hiddenUnits(result.network().v().numCols)));
        }
        if (args.has("out-network")) {
            outputs.put(args.path("out-network"), NetworkFile.bytes(NetworkPortObject.of(result.network(),
                problem.inputNames(), problem.targetNames(), loss.key())));
        }
        if (args.has("out-theta")) {
            outputs.put(args.path("out-theta"), MatrixCsv.format(result.network().theta(),
                problem.targetNames()));
        }
        if (args.has("trajectory")) {
            outputs.put(args.path("trajectory"), trajectoryCsv(result.trajectory()));
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
