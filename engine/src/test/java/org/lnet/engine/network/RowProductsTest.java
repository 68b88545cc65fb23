package org.lnet.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lnet.engine.Fixtures;

/**
 * The reduction's blocked products equal EJML's general ones (an independent implementation) on shapes that are
 * not multiples of their blocks (4 rows, 8-double padding, 512-column blocks), and Z Z^T comes out exactly symmetric.
 */
class RowProductsTest {

    /**
     * Entry by entry within 4 n eps sum_l |a_l b_l| (n the length of the sums: both round each of n additions once,
     * in different orders), relative to the entries' O(sqrt n) size.
     */
    @ParameterizedTest
    @CsvSource({"1, 1, 1", "5, 3, 7", "23, 6, 515", "200, 50, 1030", "9, 55, 4"})
    void blockedProductsEqualEjml(int p, int q, int n) {
        DMatrixRMaj a = Fixtures.gaussian(p, q, 1, 1);
        DMatrixRMaj b = Fixtures.gaussian(p, n, 1, 2);
        DMatrixRMaj expected = new DMatrixRMaj(q, n);
        CommonOps_DDRM.multTransA(a, b, expected);
        assertClose(expected, RowProducts.transposeTimes(a, b), p);

        DMatrixRMaj z = Fixtures.gaussian(q, n, 1, 3);
        DMatrixRMaj gram = new DMatrixRMaj(q, q);
        CommonOps_DDRM.multTransB(z, z, gram);
        DMatrixRMaj outer = RowProducts.outer(z);
        assertClose(gram, outer, n);
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                assertEquals(outer.get(i, j), outer.get(j, i), 0.0, "symmetric at " + i + ", " + j);
            }
        }

        DMatrixRMaj w = Fixtures.gaussian(p, n, 1, 4);
        DMatrixRMaj xyt = new DMatrixRMaj(q, p);
        CommonOps_DDRM.multTransB(z, w, xyt);
        assertClose(xyt, RowProducts.timesTranspose(z, w), n);
    }

    private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, int length) {
        assertEquals(expected.numRows, actual.numRows);
        assertEquals(expected.numCols, actual.numCols);
        // entries are sums of `length` products of N(0, 1) numbers: |sum of |products|| is about length
        double tolerance = 4 * length * Math.ulp(1.0) * (length + 10);
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.data[i], actual.data[i], tolerance, "entry " + i);
        }
    }
}
