package org.lnet.cli;

import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;

/**
 * The data and network files shared by train and bounds: --x, --y, and the network as --u0, --v0 (U and V as CSV) or
 * --network (a network file, which may hold an implicit-width network), checked against each other.
 */
record Problem(DataDecomposition data, LinearNetwork network, java.util.List<String> inputNames,
               java.util.List<String> targetNames) {

    /** The input files' options. */
    static final String[] INPUTS = {"x", "y", "u0", "v0", "network"};

    /** The options of the network: U0 and V0 files, or one network file. */
    static final String HELP = """
          --x X.csv --y Y.csv                  data: inputs (n x D) and targets (n x m)
          --u0 U0.csv --v0 V0.csv              the network as U (D x h) and V (m x h), or
          --network NET.lnet                   a network file (e.g. from lnet init --out-network; implicit width too)
        """;

    /** Declares the input files to the run's outputs (so none is overwritten), before any work. */
    static void declare(Args args, Outputs outputs) {
        if (args.has("network") == (args.has("u0") || args.has("v0"))) {
            throw new UsageException("Give the network as --u0 U0.csv --v0 V0.csv, or as --network NET.lnet.");
        }
        for (String option : args.has("network") ? new String[] {"x", "y", "network"}
            : new String[] {"x", "y", "u0", "v0"}) {
            outputs.input(option, args.path(option));
        }
        MatrixCsv.Header.of(args);
    }

    /** @param rcond the node layer's rank cut-off: 0 is the automatic one */
    static Problem read(Args args, double rcond) {
        MatrixCsv.Header header = MatrixCsv.Header.of(args);
        CsvData.Named named = CsvData.decomposeNamed(args.path("x"), "x", args.path("y"), "y", 0,
            rcond == 0 ? null : rcond, header);
        DataDecomposition data = named.data();
        if (args.has("network")) {
            LinearNetwork net = NetworkFile.read(args.path("network"), "network").network();
            if (net.inputDim() != data.inputDim() || net.outputDim() != data.outputDim()) {
                throw new InvalidInputException("network", "The network (--network) maps D = " + net.inputDim()
                    + " inputs to m = " + net.outputDim() + " targets but X (--x) has " + data.inputDim() + " and Y "
                    + "(--y) " + data.outputDim() + " columns: use a network drawn for this data.");
            }
            return new Problem(data, net, named.inputNames(), named.targetNames());
        }
        Phase.enter("reading " + args.path("u0") + " and " + args.path("v0"), -1);
        DMatrixRMaj u0 = MatrixCsv.read(args.path("u0"), "u0", header);
        DMatrixRMaj v0 = MatrixCsv.read(args.path("v0"), "v0", header);
        if (u0.numRows != data.inputDim()) {
            throw new InvalidInputException("u0", "U0 (--u0) has " + u0.numRows + " rows but X (--x) has " + data.inputDim()
                + " columns: U0 must be D x h with one row per input column.");
        }
        if (v0.numRows != data.outputDim()) {
            throw new InvalidInputException("v0", "V0 (--v0) has " + v0.numRows + " rows but Y (--y) has " + data.outputDim()
                + " columns: V0 must be m x h with one row per target column.");
        }
        if (u0.numCols != v0.numCols) {
            throw new InvalidInputException("v0", "U0 (--u0) has " + u0.numCols + " columns but V0 (--v0) has " + v0.numCols
                + ": both need one column per hidden unit.");
        }
        return new Problem(data, Initializers.user(u0, v0), named.inputNames(), named.targetNames());
    }
}
