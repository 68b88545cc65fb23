package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * The committed example data (examples/weka/data) follow the formulas docs/WEKA.md states for them, checked on the
 * files as read here, not against the generator: regression.csv is y = xᵀθ* + 0.5 + 0.1 ε with x entries
 * N(0, 1/6) and ε ~ N(0, 1); figure1.csv has X entries N(0, 1/80) and Y entries N(0, 1). A distribution is checked
 * by Kolmogorov–Smirnov against N(0, 1) after scaling, its scale by the χ² law of the sum of squares, its mean by
 * the normal law of the average; each check would reject data that follow the formula with probability 10⁻³.
 * That the files are also what {@link ExampleData} draws today is checked separately, so a change of the generator
 * shows up as a change of the data.
 */
class ExampleDataTest {

    /** Two-sided false-alarm probability of each statistical check. */
    static final double ALPHA = 1e-3;
    /** θ* of regression.csv, as docs/WEKA.md states it. */
    static final double[] THETA_STAR = {1.5, -2, 0.5, 1, -0.75, 2};

    static TestCsv file(String name) {
        return TestCsv.read(KfRun.EXAMPLES.resolve("data").resolve(name));
    }

    /** Values that should be independent N(0, 1) draws, checked for shape, scale and centre. */
    static void standardNormal(String what, List<Double> z) {
        int n = z.size();
        double[] values = z.stream().mapToDouble(Double::doubleValue).toArray();
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), values);
        assertTrue(p > ALPHA, what + ": Kolmogorov-Smirnov p = " + p);
        double squares = z.stream().mapToDouble(v -> v * v).sum();
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(n);
        assertTrue(squares > chi2.inverseCumulativeProbability(ALPHA / 2)
            && squares < chi2.inverseCumulativeProbability(1 - ALPHA / 2), what + ": sum of squares " + squares
            + " for " + n + " values of variance 1");
        double mean = z.stream().mapToDouble(Double::doubleValue).sum() / n;
        double limit = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - ALPHA / 2) / Math.sqrt(n);
        assertTrue(Math.abs(mean) < limit, what + ": mean " + mean + ", allowed ±" + limit);
    }

    @Test
    void regressionDataAreTheStatedLinearModelWithGaussianNoise() {
        TestCsv csv = file("regression.csv");
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5", "x6", "one", "y"), csv.header);
        assertEquals(40, csv.rows.size());
        List<Double> x = new ArrayList<>();
        List<Double> noise = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            assertEquals(1.0, csv.value(r, "one"), "the constant column");
            double fit = 0.5;
            for (int j = 0; j < 6; j++) {
                double v = csv.value(r, "x" + (j + 1));
                x.add(v * Math.sqrt(6));
                fit += v * THETA_STAR[j];
            }
            // y was rounded to 6 decimals from the rounded x: ε is known to 5e-6, far below its spread
            noise.add((csv.value(r, "y") - fit) / 0.1);
        }
        standardNormal("√6 x", x);
        standardNormal("ε = (y - xᵀθ* - 0.5) / 0.1", noise);
    }

    @Test
    void figure1DataAreThePapersGaussians() {
        TestCsv csv = file("figure1.csv");
        assertEquals(82, csv.header.size());
        assertEquals(List.of("y1", "y2"), csv.header.subList(80, 82));
        assertEquals(20, csv.rows.size());
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double[][] rows = new double[20][80];
        for (int r = 0; r < 20; r++) {
            for (int j = 0; j < 80; j++) {
                rows[r][j] = csv.value(r, "x" + (j + 1));
                x.add(rows[r][j] * Math.sqrt(80));
            }
            y.add(csv.value(r, "y1"));
            y.add(csv.value(r, "y2"));
        }
        standardNormal("√80 X", x);
        standardNormal("Y", y);
        // independent rows: √80 xᵢᵀxⱼ (i < j) is a sum of 80 products of independent N(0, 1/80) entries, nearly N(0, 1)
        List<Double> cross = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int j = i + 1; j < 20; j++) {
                double dot = 0;
                for (int k = 0; k < 80; k++) {
                    dot += rows[i][k] * rows[j][k];
                }
                cross.add(dot * Math.sqrt(80));
            }
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1),
            cross.stream().mapToDouble(Double::doubleValue).toArray());
        assertTrue(p > ALPHA, "inner products of distinct rows: Kolmogorov-Smirnov p = " + p);
    }

    @Test
    void committedDataAreTheGeneratorsOutput() throws IOException {
        for (Map.Entry<String, String> e : ExampleData.files().entrySet()) {
            assertEquals(e.getValue(), Files.readString(KfRun.EXAMPLES.resolve("data").resolve(e.getKey()),
                StandardCharsets.UTF_8), e.getKey() + " (regenerate with ExampleData's main if the generator changed)");
        }
    }
}
