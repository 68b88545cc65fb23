package org.lnet.cli;

import java.util.Map;
import java.util.Set;
import org.lnet.engine.analysis.BoundReport;
import org.lnet.engine.analysis.Bounds;
import org.lnet.engine.network.Reduction;
import org.lnet.node.nodes.BoundEvaluatorNode;

/**
 * {@code lnet bounds}: Theorem 1's rate, Lemma 1's inequalities and Theorem 2's bound for U0, V0 on X, Y; the settings
 * are the Bound Evaluator node's (alpha, delta, rcond: its defaults, ranges and messages).
 */
final class BoundsCommand implements Command {

    private static final BoundEvaluatorNode NODE = new BoundEvaluatorNode();
    private static final String[] SETTINGS = {"alpha", "delta", "rcond"};

    @Override
    public String name() {
        return "bounds";
    }

    @Override
    public String usage() {
        StringBuilder sb = new StringBuilder("""
            bounds     Theorem 1 rate, Lemma 1 (17)-(19) and Theorem 2 bound for an initial network
            """).append(Problem.HELP);
        for (String key : SETTINGS) {
            sb.append(NodeOptions.help(NODE.parameter(key), Map.of()));
        }
        return sb.append("  ").append(MatrixCsv.Header.HELP).append("""

            prints {c, lambdaR, lambdaM, sigmaMinSq, theorem1Rate, lemma1: {eq17, eq18, eq19: {lhs, rhs, holds}},
                    theorem2LogBound, theorem2Vacuous, initialDistanceOp, logC, alpha, delta, width}
            (the Bound Evaluator node's settings; lnet bound-evaluator is the node itself)""").toString();
    }

    @Override
    public Map<String, Object> run(String[] argv, int from) {
        Args args = Args.parse(argv, from, Set.of("x", "y", "u0", "v0", "network", "alpha", "delta", "rcond",
            "header"), Set.of());
        NodeOptions.Given given = NodeOptions.Given.of(NODE, args, Map.of());
        double alpha = given.number("alpha");
        double delta = given.number("delta");
        Problem.declare(args, new Outputs());
        Problem problem = Problem.read(args, given.number("rcond"));
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
