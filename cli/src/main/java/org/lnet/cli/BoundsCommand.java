package org.lnet.cli;

import java.util.Map;
import java.util.Set;
import org.lnet.engine.analysis.BoundReport;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.network.Reduction;

/** {@code lnet bounds}: Theorem 1's rate, Lemma 1's inequalities and Theorem 2's bound for U0, V0 on X, Y. */
final class BoundsCommand implements Command {

    @Override
    public String name() {
        return "bounds";
    }

    @Override
    public String usage() {
        return """
            bounds     Theorem 1 rate, Lemma 1 (17)-(19) and Theorem 2 bound for an initial network
              --x X.csv --y Y.csv --u0 U0.csv --v0 V0.csv
              --alpha A   width exponent of the N(0, h^(-2 alpha)) initialization, in (1/4, 1/2] (default 0.5)
              --delta d   failure probability of Lemma 1, in (0, 1) (default 0.1)
              --rcond R   rank cut-off for X
              {header}
            prints {c, lambdaR, lambdaM, sigmaMinSq, theorem1Rate, lemma1: {eq17, eq18, eq19: {lhs, rhs, holds}},
                    theorem2LogBound, theorem2Vacuous, initialDistanceOp, logC}""".replace("{header}", MatrixCsv.Header.HELP);
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("x", "y", "u0", "v0", "alpha", "delta", "rcond", "header"), Set.of());
        double alpha = args.numberOr("alpha", 0.5);
        double delta = args.numberOr("delta", 0.1);
        org.lnet.engine.Checks.boundAlpha("alpha", alpha);
        org.lnet.engine.Checks.open("delta", delta, 0, 1);
        Problem.declare(args, new Outputs());
        Problem problem = Problem.read(args);
        BoundReport b = Bounds.evaluate(Reduction.of(problem.network(), problem.data()), alpha, delta);
        Map<String, Object> json = Main.json();
        json.put("c", b.c());
        json.put("lambdaR", b.lambdaR());
        json.put("lambdaM", b.lambdaM());
        json.put("sigmaMinSq", b.sigmaMinSq());
        json.put("theorem1Rate", b.theorem1Rate());
        Map<String, Object> lemma = Main.json();
        lemma.put("eq17", inequality(b.eq17()));
        lemma.put("eq18", inequality(b.eq18()));
        lemma.put("eq19", inequality(b.eq19()));
        json.put("lemma1", lemma);
        json.put("theorem2LogBound", b.theorem2LogBound());
        json.put("theorem2Vacuous", b.theorem2Vacuous());
        json.put("initialDistanceOp", b.initialDistanceOp());
        json.put("logC", b.logC());
        json.put("alpha", alpha);
        json.put("delta", delta);
        json.put("width", problem.network().width());
        return json;
    }

    private static Map<String, Object> inequality(BoundReport.Inequality q) {
        Map<String, Object> m = Main.json();
        m.put("lhs", q.lhs());
        m.put("rhs", q.rhs());
        m.put("holds", q.holds());
        return m;
    }
}
