package org.lnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lnet.engine.data.DataDecomposition;
import org.lnet.node.nodes.MinNormRegressionNode;

/** {@code lnet min-norm}: Theta_hat = X^+ Y, with the rank and L*. */
final class MinNormCommand implements Command {

    private static final MinNormRegressionNode NODE = new MinNormRegressionNode();

    @Override
    public String name() {
        return "min-norm";
    }

    @Override
    public String usage() {
        return """
            min-norm   the min-norm least-squares solution Theta_hat = X^+ Y (D x m)
              --x X.csv        inputs, n x D
              --y Y.csv        targets, n x m
              --out THETA.csv  where to write Theta_hat (columns named as Y's, or y1..ym)
            {rcond}  {header}
            prints {rank, residualLoss, singularValues, rcond, rankThreshold, n, d, m}
            (the Min-Norm Regression node's setting; lnet min-norm-regression is the node with all of them)"""
            .replace("{rcond}", NodeOptions.help(NODE.parameter("rcond"), java.util.Map.of()))
            .replace("{header}", MatrixCsv.Header.HELP);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("x", "y", "rcond", "out", "header"), Set.of());
        var out = args.path("out");
        double given = NodeOptions.Given.of(NODE, args, java.util.Map.of()).number("rcond");
        // the node's 0 is the automatic cut-off
        Double rcond = given == 0 ? null : given;
        MatrixCsv.Header header = MatrixCsv.Header.of(args);
        Outputs outputs = new Outputs();
        outputs.input("x", args.path("x"));
        outputs.input("y", args.path("y"));
        outputs.output("out", out);
        CsvData.Named named = CsvData.decomposeNamed(args.path("x"), "x", args.path("y"), "y", 0, rcond, header);
        DataDecomposition data = named.data();
        outputs.put(out, MatrixCsv.format(data.minNormSolution(), named.targetNames()));
        outputs.commit();
        Map<String, Object> json = Main.json();
        json.put("rank", data.rank());
        json.put("residualLoss", data.residualLoss());
        json.put("singularValues", data.singularValues());
        json.put("rcond", data.rcond());
        json.put("rankThreshold", data.rankThreshold());
        json.put("n", data.samples());
        json.put("d", data.inputDim());
        json.put("m", data.outputDim());
        json.put("lossConvention", "sum: 1/2 ||Y - X Theta||_F^2");
        return json;
    }

    /** prefix1..prefixN, the header of a written matrix. */
    static List<String> names(String prefix, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(prefix + i);
        }
        return out;
    }
}
