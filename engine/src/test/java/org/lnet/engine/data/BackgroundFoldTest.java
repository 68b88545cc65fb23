package org.lnet.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Folding full buffers on another core while rows keep coming gives the decomposition of folding them in the
 * caller's thread, bit for bit (the same blocks, the same arithmetic): for a plain stream, for rows given as one
 * [x | y] array, for one merged from two parts and compacted midway, and for one serialized and read back while a
 * fold may still be running. Bitwise equality is the tolerance because nothing but the thread changes.
 */
class BackgroundFoldTest {

    private static final int N = 5000;
    private static final int D = 7;
    private static final int M = 2;
    private static final boolean DEFAULT = Fold.enabled;

    @AfterEach
    void restore() {
        Fold.enabled = DEFAULT;
    }

    @Test
    void aPlainStreamGivesTheSameBits() {
        assertSameBothWays(rows -> {
            DataAccumulator acc = new DataAccumulator(D, M);
            for (int i = 0; i < N; i++) {
                acc.add(rows[0][i], rows[1][i]);
            }
            return acc.finish();
        });
    }

    /** Also: a row given as one array [x | y] is the sample given as x and y. */
    @Test
    void joinedRowsGiveTheSameBits() {
        assertSameBothWays(BackgroundFoldTest::plain, rows -> {
            DataAccumulator acc = new DataAccumulator(D, M);
            for (int i = 0; i < N; i++) {
                double[] xy = java.util.Arrays.copyOf(rows[0][i], D + M);
                System.arraycopy(rows[1][i], 0, xy, D, M);
                acc.add(xy);
            }
            return acc.finish();
        });
    }

    @Test
    void mergedAndCompactedPartsGiveTheSameBits() {
        assertSameBothWays(rows -> {
            DataAccumulator first = new DataAccumulator(D, M);
            DataAccumulator second = new DataAccumulator(D, M);
            for (int i = 0; i < N; i++) {
                (i < 3100 ? first : second).add(rows[0][i], rows[1][i]);
                if (i == 1700) {
                    first.compact();
                }
            }
            first.merge(second);
            return first.finish();
        });
    }

    @Test
    void aStreamSerializedMidwayGivesTheSameBits() {
        assertSameBothWays(rows -> {
            try {
                DataAccumulator acc = new DataAccumulator(D, M);
                for (int i = 0; i < 2600; i++) {
                    acc.add(rows[0][i], rows[1][i]);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(acc);
                }
                DataAccumulator back;
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    back = (DataAccumulator) in.readObject();
                }
                for (int i = 2600; i < N; i++) {
                    back.add(rows[0][i], rows[1][i]);
                }
                return back.finish();
            } catch (java.io.IOException | ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The variant folded in the caller's thread, then with folds in the background. */
    private static void assertSameBothWays(Function<double[][][], DataDecomposition> variant) {
        assertSameBothWays(variant, variant);
    }

    /** The reference folded in the caller's thread against the variant with folds in the background. */
    private static void assertSameBothWays(Function<double[][][], DataDecomposition> reference,
                                           Function<double[][][], DataDecomposition> variant) {
        double[][][] rows = rows();
        Fold.enabled = false;
        DataDecomposition inThread = reference.apply(rows);
        Fold.enabled = true;
        DataDecomposition background = variant.apply(rows);
        check(inThread, background);
    }

    private static void check(DataDecomposition reference, DataDecomposition background) {
        assertEquals(reference.rank(), background.rank());
        for (int i = 0; i < reference.rank(); i++) {
            assertEquals(reference.s(i), background.s(i), 0.0, "singular value " + i);
        }
        assertArrayEquals(reference.wtY().data, background.wtY().data, 0.0, "W^T Y");
        assertArrayEquals(reference.minNormSolution().data, background.minNormSolution().data, 0.0, "Theta_hat");
        assertEquals(reference.residualLoss(), background.residualLoss(), 0.0, "L*");
    }

    private static DataDecomposition plain(double[][][] rows) {
        DataAccumulator acc = new DataAccumulator(D, M);
        for (int i = 0; i < N; i++) {
            acc.add(rows[0][i], rows[1][i]);
        }
        return acc.finish();
    }

    private static double[][][] rows() {
        SplittableRandom random = new SplittableRandom(7);
        double[][][] rows = new double[2][N][];
        for (int i = 0; i < N; i++) {
            rows[0][i] = random.doubles(D, -1, 1).toArray();
            rows[1][i] = random.doubles(M, -1, 1).toArray();
        }
        return rows;
    }
}
