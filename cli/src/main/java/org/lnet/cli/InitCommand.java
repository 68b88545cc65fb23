package org.lnet.cli;

import java.util.Map;
import java.util.Set;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeResult;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.nodes.BalancedInitializerNode;
import org.lnet.node.nodes.RandomInitializerNode;

/**
 * {@code lnet init}: the Random Initializer node (optionally projected onto the invariant set of X) or the Balanced
 * Initializer's construction, written as U and V CSV files and/or a network file. The settings are the nodes' (keys,
 * defaults, ranges, messages); {@code --d}, {@code --m} and {@code --invariant} are kept as the earlier spellings of
 * {@code --inputs}, {@code --outputs} and {@code --invariant-set}.
 */
final class InitCommand implements Command {

    private static final RandomInitializerNode RANDOM = new RandomInitializerNode();
    private static final BalancedInitializerNode BALANCED = new BalancedInitializerNode();
    private static final String[] RANDOM_SETTINGS = {"inputs", "outputs", "width", "implicitWidth", "alpha", "sigmaU",
        "sigmaV", "seed", "invariantSet"};
    private static final String[] BALANCED_SETTINGS = {"width", "implicitWidth", "seed"};
    /** Earlier option names -> the settings' options. */
    static final Map<String, String> ALIASES = Map.of("d", "inputs", "m", "outputs", "invariant", "invariant-set");

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String usage() {
        StringBuilder sb = new StringBuilder("""
            init       initial weights U (D x h), V (m x h): Gaussian N(0, h^(-2 alpha)) or balanced
              random (the Random Initializer node): --inputs D --outputs M [settings below]
                         [--invariant-set --x X.csv]   project U onto the row space of X (U2(0) = 0)
              balanced (the Balanced Initializer node): --balanced --theta THETA0.csv --x X.csv [--width --seed
                         --implicit-width]   (U V^T = Theta0, imbalance 0; needs Theta0^T Phi1 Phi1^T Theta0 nonsingular)
              --out-u U.csv --out-v V.csv   where to write the layers (explicit width), and/or
              --out-network NET.lnet        the network as a network file (explicit or implicit width)
            settings of the Random Initializer (width, implicit-width and seed also of the Balanced Initializer):
            """);
        for (String key : RANDOM_SETTINGS) {
            sb.append(NodeOptions.help(RANDOM.parameter(key), ALIASES));
        }
        return sb.append("  ").append(MatrixCsv.Header.HELP).append("\nprints {kind, seed, alpha, d, m, width, "
            + "implicitWidth}").toString();
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("d", "m", "inputs", "outputs", "width", "alpha", "sigma-u",
            "sigma-v", "seed", "x", "theta", "out-u", "out-v", "out-network", "header"),
            Set.of("invariant", "invariant-set", "implicit-width", "balanced"));
        MatrixCsv.Header header = MatrixCsv.Header.of(args);
        boolean balanced = args.flag("balanced");
        for (String option : balanced ? new String[] {"d", "m", "inputs", "outputs", "alpha", "sigma-u", "sigma-v",
            "invariant", "invariant-set"} : new String[] {"theta"}) {
            if (args.has(option)) {
                throw new UsageException("Option --" + option + (balanced ? " is for random initializations; --balanced"
                    + " takes its shape from --theta and --x." : " is for --balanced initializations."));
            }
        }
        NodeOptions.Given given = NodeOptions.Given.of(balanced ? BALANCED : RANDOM, args, ALIASES);
        boolean invariant = !balanced && given.flag("invariantSet");
        if (!balanced && args.has("x") != invariant) {
            throw new UsageException(invariant ? "--invariant-set projects U onto the row space of X: add --x X.csv."
                : "Option --x is read by --invariant-set and --balanced only: add --invariant-set to project U onto the "
                + "row space of X, or drop --x.");
        }
        boolean implicit = given.flag("implicitWidth");
        if (args.has("out-u") != args.has("out-v") || !args.has("out-u") && !args.has("out-network")) {
            throw new UsageException("Say where the network goes: --out-u U.csv --out-v V.csv (both), and/or "
                + "--out-network NET.lnet.");
        }
        if (implicit && args.has("out-u")) {
            throw new UsageException("An implicit-width network has no U and V to write (they would hold every entry): "
                + "write it with --out-network NET.lnet, or drop --implicit-width.");
        }
        Outputs outputs = new Outputs();
        for (String input : new String[] {"x", "theta"}) {
            if (args.has(input)) {
                outputs.input(input, args.path(input));
            }
        }
        for (String output : new String[] {"out-u", "out-v", "out-network"}) {
            if (args.has(output)) {
                outputs.output(output, args.path(output));
            }
        }
        long width = given.whole("width");
        long seed = given.whole("seed");
        NetworkPortObject result;
        Map<String, Object> json = Main.json();
        if (balanced) {
            MatrixCsv.Named theta = MatrixCsv.readNamed(args.path("theta"), "theta", header);
            CsvData.Named x = CsvData.decomposeNamed(args.path("x"), "x", null, null, theta.matrix().numCols, null,
                header);
            DataDecomposition data = x.data();
            if (theta.matrix().numRows != data.inputDim()) {
                throw new org.lnet.engine.InvalidInputException("theta", "Theta0 (--theta) has "
                    + theta.matrix().numRows + " rows but X (--x) has " + data.inputDim() + " columns: Theta0 needs "
                    + "one row per input column.");
            }
            Phase.enter("sampling the balanced network of D = " + data.inputDim() + ", m = " + theta.matrix().numCols
                + ", h = " + width, implicit ? -1 : Phase.doubles((long) data.inputDim() + theta.matrix().numCols,
                width));
            LinearNetwork net = Initializers.balanced(theta.matrix(), data, width, seed, implicit);
            result = NetworkPortObject.of(net, x.inputNames(), theta.names(), "");
        } else {
            MapSettingsStore store = given.store();
            // the projection needs X, which the node reads from its data table; here X is a file of its own
            RANDOM.parameter("invariantSet").writeText(store, "false");
            long d = given.whole("inputs");
            long m = given.whole("outputs");
            Phase.enter("sampling U (" + d + " x " + width + ") and V (" + m + " x " + width + ")",
                implicit ? -1 : Phase.doubles(d + m, width));
            NodeResult r = RANDOM.execute(store, new PortValue[] {null}, new StderrProgress());
            r.warnings().forEach(w -> System.err.println("lnet init: warning: " + w));
            result = (NetworkPortObject) r.output(0);
            if (invariant) {
                LinearNetwork net = Initializers.invariantSet(result.network(), CsvData.decompose(args.path("x"), "x",
                    null, null, result.network().outputDim(), null, header));
                result = NetworkPortObject.of(net, result.spec().inputColumns(), result.spec().targetColumns(), "");
            }
            json.put("alpha", given.number("alpha"));
        }
        LinearNetwork net = result.network();
        if (args.has("out-u")) {
            outputs.put(args.path("out-u"), MatrixCsv.format(net.u(), MatrixCsv.hiddenUnits(net.u().numCols)));
            outputs.put(args.path("out-v"), MatrixCsv.format(net.v(), MatrixCsv.hiddenUnits(net.v().numCols)));
        }
        if (args.has("out-network")) {
            outputs.put(args.path("out-network"), NetworkFile.bytes(result));
        }
        outputs.commit();
        json.put("d", net.inputDim());
        json.put("m", net.outputDim());
        json.put("width", net.width());
        json.put("implicitWidth", !net.isExplicit());
        json.put("kind", net.provenance().initialization());
        json.put("seed", seed);
        return json;
    }
}
