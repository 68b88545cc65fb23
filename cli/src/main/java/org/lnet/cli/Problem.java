package org.lnet.cli;

import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.engine.network.Initializers;
import org.lnet.engine.network.LinearNetwork;

/** The data and network files shared by train and bounds: --x, --y, --u0, --v0, checked against each other. */
record Problem(DataDecomposition data, LinearNetwork network) {

    /** The input files' options. */
    static final String[] INPUTS = {"x", "y", "u0", "v0"};

    /** Declares the input files to the run's outputs (so none is overwritten) and checks rcond, before any work. */
    static void declare(Args args, Outputs outputs) {
        for (String option : INPUTS) {
            outputs.input(option, args.path(option));
        }
        MatrixCsv.Header.of(args);
        if (args.has("rcond")) {
            DataDecomposition.checkRcond(args.number("rcond"));
        }
    }

    static Problem read(Args args) {
        MatrixCsv.Header header = MatrixCsv.Header.of(args);
        DataDecomposition data = CsvData.decompose(args.path("x"), "x", args.path("y"), "y", 0,
            args.has("rcond") ? args.number("rcond") : null, header);
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
        return new Problem(data, Initializers.user(u0, v0));
    }
}
