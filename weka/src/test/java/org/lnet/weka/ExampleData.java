package org.lnet.weka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.data.SyntheticData;

/**
 * The data sets of the Weka example flows (examples/weka/data), drawn with the engine's seeded synthetic data and
 * written with six decimals; the files are the data from then on. {@code ExampleDataTest} checks that the committed
 * files are what this class writes.
 *
 * <p>Usage: {@code ExampleData <directory>}
 */
public final class ExampleData {

    /** regression.csv: inputs x1..x6, a constant column, the target. */
    static final int N = 40;
    static final int D = 6;
    /** y = X θ* + INTERCEPT + NOISE · ε. */
    static final double[] THETA_STAR = {1.5, -2, 0.5, 1, -0.75, 2};
    static final double INTERCEPT = 0.5;
    static final double NOISE = 0.1;

    /** figure1.csv: the paper's Figure 1 data at a smaller size (n = 20, D = 80, m = 2). */
    static final int SWEEP_N = 20;
    static final int SWEEP_D = 80;
    static final int SWEEP_M = 2;

    private ExampleData() {
    }

    /** File name to content. */
    static Map<String, String> files() {
        Map<String, String> out = new TreeMap<>();
        out.put("regression.csv", regression());
        out.put("figure1.csv", figure1());
        return out;
    }

    /**
     * 40 samples of 6 inputs with entries N(0, 1)/√6, y = xᵀθ* + 0.5 + 0.1 ε with ε ~ N(0, 1); the column 'one' is
     * the constant 1, so networks x → Θᵀx (which have no bias) can fit the intercept as its weight.
     */
    static String regression() {
        SyntheticData.Pair p = SyntheticData.figure1(N, D, 1, 7);
        StringBuilder b = new StringBuilder();
        for (int j = 1; j <= D; j++) {
            b.append('x').append(j).append(',');
        }
        b.append("one,y\n");
        for (int i = 0; i < N; i++) {
            double y = INTERCEPT + NOISE * p.y().get(i, 0);
            for (int j = 0; j < D; j++) {
                double x = round(p.x().get(i, j));
                y += x * THETA_STAR[j];
                b.append(number(x)).append(',');
            }
            b.append("1,").append(number(round(y))).append('\n');
        }
        return b.toString();
    }

    /** X (20 x 80) with entries N(0, 1)/√80 and Y (20 x 2) with entries N(0, 1), as in the paper's Figure 1. */
    static String figure1() {
        SyntheticData.Pair p = SyntheticData.figure1(SWEEP_N, SWEEP_D, SWEEP_M, 42);
        StringBuilder b = new StringBuilder();
        for (int j = 1; j <= SWEEP_D; j++) {
            b.append('x').append(j).append(',');
        }
        b.append("y1,y2\n");
        for (int i = 0; i < SWEEP_N; i++) {
            row(b, p.x(), i);
            b.append(',');
            row(b, p.y(), i);
            b.append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, DMatrixRMaj m, int i) {
        for (int j = 0; j < m.numCols; j++) {
            if (j > 0) {
                b.append(',');
            }
            b.append(number(round(m.get(i, j))));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
