package org.lnet.cli;

import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;

/** {@code lnet init}: random (optionally invariant-set) or balanced initialization, written as U and V. */
final class InitCommand implements Command {

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String usage() {
        return """
            init       initial weights U (D x h), V (m x h): Gaussian N(0, h^(-2 alpha)) or balanced
              random:    --d D --m M --width H [--alpha 0.5] [--sigma-u 1] [--sigma-v 1] --seed S
                         [--invariant --x X.csv]   project U onto the row space of X (U2(0) = 0)
              balanced:  --balanced --theta THETA0.csv --x X.csv --width H --seed S
                         (U V^T = Theta0, imbalance 0; needs Theta0^T Phi1 Phi1^T Theta0 nonsingular)
              --out-u U.csv --out-v V.csv   where to write the layers
              {header}
            prints {d, m, width, kind, seed, alpha}""".replace("{header}", MatrixCsv.Header.HELP);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from,
            Set.of("d", "m", "width", "alpha", "sigma-u", "sigma-v", "seed", "x", "theta", "out-u", "out-v", "header"),
            Set.of("invariant", "balanced"));
        long width = args.integer("width");
        long seed = args.integer("seed");
        var outU = args.path("out-u");
        var outV = args.path("out-v");
        MatrixCsv.Header header = MatrixCsv.Header.of(args);
        boolean balanced = args.flag("balanced");
        for (String option : balanced ? new String[] {"d", "m", "alpha", "sigma-u", "sigma-v", "invariant"}
            : new String[] {"theta"}) {
            if (args.has(option)) {
                throw new UsageException("Option --" + option + (balanced ? " is for random initializations; --balanced"
                    + " takes its shape from --theta and --x." : " is for --balanced initializations."));
            }
        }
        if (!balanced && args.has("x") && !args.flag("invariant")) {
            throw new UsageException("Option --x is read by --invariant and --balanced only: add --invariant to project"
                + " U onto the row space of X, or drop --x.");
        }
        Outputs outputs = new Outputs();
        for (String input : new String[] {"x", "theta"}) {
            if (args.has(input)) {
                outputs.input(input, args.path(input));
            }
        }
        outputs.output("out-u", outU);
        outputs.output("out-v", outV);
        LinearNetwork net;
        Map<String, Object> json = Main.json();
        if (balanced) {
            DMatrixRMaj theta = MatrixCsv.read(args.path("theta"), "theta", header);
            DataDecomposition data = CsvData.decompose(args.path("x"), "x", null, null, theta.numCols, null, header);
            if (theta.numRows != data.inputDim()) {
                throw new org.lnet.engine.InvalidInputException("theta", "Theta0 (--theta) has " + theta.numRows
                    + " rows but X (--x) has " + data.inputDim() + " columns: Theta0 needs one row per input column.");
            }
            if (width >= 1) {
                tooWide(data.inputDim() + theta.numCols, width);
            }
            Phase.enter("sampling the balanced network U (" + data.inputDim() + " x " + width + ") and V ("
                + theta.numCols + " x " + width + ")", Phase.doubles((long) data.inputDim() + theta.numCols, width));
            net = Initializers.balanced(theta, data, width, seed, false);
        } else {
            int d = args.count("d");
            int m = args.count("m");
            double alpha = args.numberOr("alpha", 0.5);
            double sigmaU = args.numberOr("sigma-u", 1);
            double sigmaV = args.numberOr("sigma-v", 1);
            if (args.flag("invariant") && !args.has("x")) {
                throw new UsageException("--invariant projects U onto the row space of X: add --x X.csv.");
            }
            if (!(alpha > 0.25 && alpha <= 0.5)) {
                System.err.println("lnet init: warning: alpha = " + alpha
                    + " is outside (1/4, 1/2], where Lemma 1 and Theorem 2 hold; the initialization is drawn anyway.");
            }
            if (d >= 1 && m >= 1 && width >= 1) {
                tooWide((long) d + m, width);
            }
            Phase.enter("sampling U (" + d + " x " + width + ") and V (" + m + " x " + width + ")",
                Phase.doubles((long) d + m, width));
            net = Initializers.gaussian(d, m, width, alpha, sigmaU, sigmaV, seed);
            if (args.flag("invariant")) {
                net = Initializers.invariantSet(net, CsvData.decompose(args.path("x"), "x", null, null, m, null, header));
            }
            json.put("alpha", alpha);
        }
        outputs.put(outU, MatrixCsv.format(net.u(), MatrixCsv.hiddenUnits(net.u().numCols)));
        outputs.put(outV, MatrixCsv.format(net.v(), MatrixCsv.hiddenUnits(net.v().numCols)));
        outputs.commit();
        json.put("d", net.inputDim());
        json.put("m", net.outputDim());
        json.put("width", net.width());
        json.put("kind", net.provenance().initialization());
        json.put("seed", seed);
        return json;
    }

    /**
     * Refuses a network whose U and V files could not be held, with what the command line offers instead: the
     * engine's own remedy (implicit width) keeps U and V unformed, which a U, V CSV pair cannot carry. Shapes the
     * engine refuses anyway (a width below 1) are left to its message.
     */
    private static void tooWide(long rows, long width) {
        org.lnet.engine.Checks.denseSize("width", rows, width, "U and V files hold every entry, so init writes "
            + "explicit networks only. For wider networks use implicit width where the network never leaves the tool: "
            + "lnet fig1 --implicit-width (the width sweep), or the KNIME and Weka Random Initializer with implicit "
            + "width.");
    }
}
