#!/usr/bin/env python3
"""Counts the tests each module ran and how many of them are independent oracles, from the Surefire and Failsafe
reports of a build (run `./mvnw -B verify` first), and the time each module's tests took. Documented in
docs/TESTING.md ("Independent oracles and consistency checks").

    tools/test-tally.py [ROOT] [--before]

ROOT is a checkout whose modules hold target/surefire-reports and target/failsafe-reports (default: this one).
--before applies the classification of the suite as it was before the session that made the numeric cells and the
reproduction's claims independent (the rows marked "after" below count as consistency checks then).

The rule (applied by reading each test): a test is an independent oracle when the value its assertions compare
with comes from outside the code under test: a closed form, a second algorithm written plainly in the test (normal
equations, full-matrix descent, Jacobi, finite differences, RK4), an invariant or a law of the math (Theorem 1's
bound recomputed from the test's own c, equality in distribution), or facts recorded from a real external source
(KNIME's sources, Equinox and p2 from Maven Central). Everything else (the same case on two hosts bit for bit, save
then load, messages and exit codes, file layout, a golden file) is a consistency or behaviour check. The table
below lists the oracles as (module, test class, test name pattern, since; the module is for the reader); a name pattern is a regular expression
over the report's test name (for dynamic tests, e.g. inputCases()[31][2] = case 31 of Cases.all() on host 2).
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

# Cases.all() indices (1-based) of the reliability matrix's result cases; hosts 1..4 = node layer, CLI, KNIME, Weka
MATRIX_BEFORE = r"inputCases\(\)\[(7|8|9|13|14|15)\]\[[1-4]\]"   # min-norm results against the math
MATRIX_AFTER = r"inputCases\(\)\[(31|32|33)\]\[[1-4]\]|inputCases\(\)\[34\]\[[134]\]"  # train, bounds, sweep (CLI n/a)

ORACLES = [
    ("engine", r"analysis\.BoundsTest", r".*", "before"),
    ("engine", r"data\.DataDecompositionTest", r"(wideFullRank|tallFullRank|streamedLong|rankDeficient|singularValues|rcond).*", "before"),
    ("engine", r"ImplicitWidthDistributionTest", r".*", "before"),
    ("engine", r"network\.InitializersTest", r"(gaussianIsSeeded|invariantSet|balancedReproduces|scaledBalanced).*", "before"),
    ("engine", r"ntk\.ActivationTest", r"(derivatives|valuesAndDerivatives|softplus).*", "before"),
    ("engine", r"ntk\.(GradientTest|InfiniteWidthKernelTest|LinearizedSolutionTest|TangentKernelTest|TrainerTest)", r".*", "before"),
    ("engine", r"ntk\.NtkSweepTest", r"independentUnits.*", "before"),
    ("engine", r"sweep\.WidthSweepTest", r"implicitWidthMatchesExplicit.*", "before"),
    ("engine", r"train\.(DescentTracksFlowTest|GradientFlowTest|ReducedDynamicsTest)", r".*", "before"),
    ("node", r"NumbersTest", r".*", "before"),
    ("node", r"GradientFlowTrainerNodeTest", r"(flowFromTheInvariantSet|trajectoryHasTheCommandLineColumnsAndRespectsTheorem1|meanLossScales|gradientDescentFollowsTheExactUpdate|singleRow).*", "before"),
    ("node", r"InitializerNodesTest", r"(invariantSetProjects|balancedFromThetaTable|balancedFromANetwork).*", "before"),
    ("node", r"MinNormRegressionNodeTest", r"(overdetermined|underdetermined|duplicateColumn|singleRow|summaryLists).*", "before"),
    ("node", r"BoundEvaluatorNodeTest", r"constantsMatchTheirDefinitions.*", "before"),
    ("node", r"WidthSweepNodeTest", r"finalPartOutsideTheRowSpace.*", "before"),
    ("node", r"WideNetworkTrainerNodeTest", r"(linearizedModelIsKernelRegression|withoutTestPointsTheTrainingFitIsExact|distanceToTheLinearizedSolutionShrinks|meanLossIsTwoOverN).*", "before"),
    ("node", r"WideNetworkWidthSweepNodeTest", r"slopeIsTheLeastSquaresFit.*", "before"),
    ("charts", r"(NodeChartsTest|PaperChartsTest|WideNetworkChartTest)", r".*", "before"),
    ("cli", r"cli\.CommandsTest", r"(minNorm|initIsSeeded|boundsReports|balancedAndInvariant).*", "before"),
    ("cli", r"QuickStartTest", r"compare.*", "before"),
    ("cli", r"ReproductionTest", r"(fig2BoundHolds|fig2TakesTheFlow|reproduceWrites).*", "before"),
    ("cli", r"ReproductionTest", r"(fig1Slope|implicitWidthRuns).*", "after"),
    ("weka", r"ExampleDataTest", r".*", "before"),
    ("weka", r"ExampleFlowsTest", r"(minNormSolutionIsXPlusY|wekaLinearRegression|trainedNetworkReaches|predictionsAre|boundEvaluatorReports|widthSweepFlowShows).*", "before"),
    ("test", r"(KnimeNodeFactsTest|KnwfFormatTest|KnimeResolutionTest|P2InstallTest)", r".*", "before"),
    ("test", r"ReliabilityMatrixTest", MATRIX_BEFORE, "before"),
    ("test", r"ReliabilityMatrixTest", MATRIX_AFTER, "after"),
]

MODULES = ["engine", "node", "charts", "cli", "knime-build", "plugin", "weka", "spark", "test"]


def oracle(module, cls, name, before):
    for m, c, n, since in ORACLES:
        # the class decides, not the module: the node layer's tests moved from engine/ to node/ with their classes
        if re.search(c, cls) and re.fullmatch(n, name) and not (before and since == "after"):
            return True
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    before = "--before" in sys.argv
    root = args[0] if args else os.path.join(os.path.dirname(__file__), "..")
    print("| module | tests | independent oracles | test time (s) |")
    print("|---|---|---|---|")
    total = [0, 0, 0.0]
    for module in MODULES:
        tests = oracles = 0
        seconds = 0.0
        reports = glob.glob(os.path.join(root, module, "target", "*-reports", "TEST-*.xml"))
        for report in reports:
            suite = ET.parse(report).getroot()
            seconds += float(suite.get("time", "0"))
            for case in suite.iter("testcase"):
                if case.find("skipped") is not None:
                    continue
                tests += 1
                oracles += oracle(module, case.get("classname", ""), case.get("name", ""), before)
        if reports:
            print(f"| `{module}` | {tests} | {oracles} | {seconds:.0f} |")
            total = [total[0] + tests, total[1] + oracles, total[2] + seconds]
    print(f"| all | {total[0]} | {total[1]} | {total[2]:.0f} |")


if __name__ == "__main__":
    main()
