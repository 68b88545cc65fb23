package org.lnet.it.reliability;

/** The notes under the matrix: how each column was obtained and what its words mean. */
final class Notes {

    private Notes() {
    }

    static void add(MatrixDoc doc) {
        doc.note("**Node layer**: `Nodes.byId(...)` with the case's settings written as text (`Parameter.writeText`), "
            + "then `load`, `configure` with the inputs' specs, `execute`; the input table and network are compared "
            + "with fresh copies afterwards (unchanged).");
        doc.note("**CLI**: `org.lnet.cli.Main.run` in the test JVM on X.csv and Y.csv with a line of column names. On "
            + "every refusal the test checks exit code 2, the message on stderr without a stack trace, nothing on "
            + "stdout, and the failing command's output files (present before the run) byte-identical, with no new "
            + "file beside them. `--d`, `--m` are the data's D and m unless the case sets them.");
        doc.note("**KNIME**: the plugin's own node models (the classes shipped in the bundle) run in the test JVM over "
            + "test-scope KNIME classes that behave as KNIME's sources say (tables, cells, settings models, progress "
            + "and cancel; the plugin's `src/test/java/org/knime`, each naming its KNIME source file), driven as "
            + "KNIME's Node drives a node: the case's settings typed into the node's settings and loaded with "
            + "validation, configure with the inputs' specs, execute. `settings` is where KNIME refuses settings as "
            + "they are applied (the dialog's OK); an execute error shows in KNIME as \"Execute failed: \" followed "
            + "by the message. Any other exception would fail the build as an internal error of the adapter.");
        doc.note("**Weka**: a KnowledgeFlow flow built in code (MemoryBasedDataSource → Random Initializer → our "
            + "step → a capturing step), run headless by `FlowRunner` in the test JVM. A refusal must stop the flow "
            + "with exactly one `[ERROR]` line (no stack trace), deliver nothing downstream and leave the data set "
            + "unchanged; after each failed or stopped run a new flow runs to the end in the same JVM. The cell "
            + "shows the message; Weka's log repeats it on a second line after the exception's class name "
            + "(`weka.core.WekaException: …`, without stack frames), as it does for every step error. Weka stores "
            + "NaN as a missing value, hence its message for `nan`.");
        doc.note("**Cancellation** is requested at a chosen point of the computation, not after a delay: when the "
            + "N-th progress report containing a given text arrives (node layer: a `Progress` that then answers "
            + "every check with `CancelledException`; Weka: `FlowRunner.stopProcessing()`, the GUI's Stop, called from "
            + "the step's progress line). \"At the next check\" means the computation threw at the first check after "
            + "the request and reported no further progress; checks come every integrator step (flow), every 64 "
            + "steps (descent) and between runs (sweep). A cancelled run returns no output; a two-thread sweep's "
            + "workers end as well. The CLI has no cancel: `CliKillTest` kills a training `lnet` process and finds "
            + "its output file unchanged and no partial file (outputs are written to a temporary file and renamed).");
        doc.note("**Outputs** (`OutputRows`): the command line publishes a run's outputs as a set (`Outputs`): each "
            + "is staged as `.lnet-PID-START-N.tmp` beside its target, the target directories are locked "
            + "(`.lnet.lock`, an OS file lock), then FIFOs, devices and hard-linked files are written in place and "
            + "the others renamed over their targets; a failure restores what was published (hard-link backups). "
            + "Failures that hit root too are used, since CI runs as root: /dev/full, `ulimit -f`, a parent that is "
            + "a file, a 256-byte name, a FIFO nobody reads. Waits are on file-system events (the run's temporary "
            + "and lock files appearing), never on sleeps; SIGTERM is `Process.destroy`, SIGKILL `destroyForcibly`.");
        doc.note("**Results** (`Oracles`, `Plain`): every `ok` cell's numbers are recomputed in the test from the "
            + "case's data by a route of its own, on each host's output: min-norm cases against the normal equations "
            + "or a closed form; `bounds` c = [λ_r(Λ)]₊ + [λ_m(−Λ)]₊ from the full h × h imbalance Λ = UᵀΦ₁Φ₁ᵀU − VᵀV "
            + "(Φ₁Φ₁ᵀ = Xᵀ(XXᵀ)⁻¹X) with Jacobi eigenvalues, s_r² from the Gram matrix, the rate 2 s_r² c; `train` L* "
            + "from the normal equations, Theorem 1's bound exp(−2 s_r² c t)(L(0) − L*) from that c, and every "
            + "trajectory row within it (relative slack 1e-9) or below the rounding floor 1e-12 (L(0) − L*), the path "
            + "itself by plain full-matrix descent (gd) or RK4 (flow); `sweep` each run's distance by plain descent "
            + "from its seed for its reported steps, and the slope of log distance on log h refitted with its standard "
            + "error. Theory predicts the slope 1/2 − 2α = −0.5 at α = 1/2 once h is well above D (docs/MATH.md §7; "
            + "on these data h = 8..32 gives −0.34 ± 0.10, hence widths 16 to 1024); the test requires it within "
            + "three standard errors.");
        doc.note("**10^6 rows**: the node layer and the CLI run in child JVMs with the heap shown; the node child "
            + "builds the table as a host does (`Table.builder(spec, rows)`), runs Min-Norm Regression, the Gradient "
            + "Flow Trainer and the Bound Evaluator on it, then fails to allocate an n × D copy beside the table, "
            + "which shows the nodes streamed the rows (`Matrices.decompose` into `DataAccumulator`). "
            + "The CSV files are generated into `test/target/reliability`.");
    }
}
