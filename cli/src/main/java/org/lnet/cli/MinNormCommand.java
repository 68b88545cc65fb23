package org.lnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lnet.engine.data.DataDecomposition;

/** {@code lnet min-norm}: Theta_hat = X^+ Y, with the rank and L*. */
final class MinNormCommand implements Command {

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
              --rcond R        relative singular-value cut-off (default max(n, D) * machine epsilon)
              --out THETA.csv  where to write Theta_hat (columns named as Y's, or y1..ym)
              {header}
            prints {rank, residualLoss, singularValues, rcond, rankThreshold, n, d, m}""".replace("{header}", MatrixCsv.Header.HELP);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("x", "y", "rcond", "out", "header"), Set.of());
        var out = args.path("out");
        Double rcond = args.has("rcond") ? args.number("rcond") : null;
        if (rcond != null) {
            DataDecomposition.checkRcond(rcond);
        }
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
