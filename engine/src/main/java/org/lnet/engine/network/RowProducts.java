package org.lnet.engine.network;

import org.ejml.data.DMatrixRMaj;

/**
 * The three products that reducing a wide network costs, written for the JIT: A^T B as sums of scaled rows
 * and Z Z^T as a sum of rank-one terms (vector instructions), X Y^T as register-blocked dot products. For an explicit network of width h they
 * are Phi1^T U(0) (r D h multiply-adds), the Gram matrix of [V(0); Phi1^T U(0)] and U(0) times a few vectors, and
 * they dominate a width sweep with explicit networks; EJML's general kernels index one flat array at run-time
 * offsets, which C2 (JDK 17) does not vectorize.
 *
 * <p>Each output entry is summed in a fixed order that depends only on the shapes, never on a block size or thread,
 * so results are the same on every host.
 */
final class RowProducts {

    /** Columns per block of A^T B: the block's rows (the q outputs, four inputs) stay in the L2 cache. */
    private static final int BLOCK = 512;

    private RowProducts() {
    }

    /**
     * C = A^T B (q x n) for A (p x q) and B (p x n): row i of C is sum_d A_di (row d of B), four rows of B at a time,
     * over blocks of columns copied into their own arrays (C2 vectorizes y[l] += c x[l] only for arrays it can tell
     * apart, i.e. indexed from 0).
     */
    static DMatrixRMaj transposeTimes(DMatrixRMaj a, DMatrixRMaj b) {
        int p = a.numRows;
        int q = a.numCols;
        int n = b.numCols;
        if (b.numRows != p) {
            throw new IllegalArgumentException("A^T B needs as many rows in A as in B: " + p + " vs " + b.numRows);
        }
        DMatrixRMaj out = new DMatrixRMaj(q, n);
        int width = Math.min(BLOCK, n);
        double[][] acc = new double[q][width];
        double[][] rows = new double[4][width];
        double[] ad = a.data;
        double[] bd = b.data;
        for (int c0 = 0; c0 < n; c0 += width) {
            int w = Math.min(width, n - c0);
            for (double[] row : acc) {
                java.util.Arrays.fill(row, 0, w, 0.0);
            }
            int d = 0;
            for (; d + 3 < p; d += 4) {
                for (int t = 0; t < 4; t++) {
                    System.arraycopy(bd, (d + t) * n + c0, rows[t], 0, w);
                }
                int o = d * q;
                for (int i = 0; i < q; i++) {
                    addFour(acc[i], ad[o + i], ad[o + q + i], ad[o + 2 * q + i], ad[o + 3 * q + i], rows[0], rows[1],
                        rows[2], rows[3], w);
                }
            }
            for (; d < p; d++) {
                System.arraycopy(bd, d * n + c0, rows[0], 0, w);
                for (int i = 0; i < q; i++) {
                    double c = ad[d * q + i];
                    double[] y = acc[i];
                    double[] x = rows[0];
                    for (int l = 0; l < w; l++) {
                        y[l] += c * x[l];
                    }
                }
            }
            for (int i = 0; i < q; i++) {
                System.arraycopy(acc[i], 0, out.data, i * n + c0, w);
            }
        }
        return out;
    }

    private static void addFour(double[] y, double c0, double c1, double c2, double c3, double[] x0, double[] x1,
                                double[] x2, double[] x3, int n) {
        addFour(y, c0, c1, c2, c3, x0, x1, x2, x3, 0, n);
    }

    /** y[from..n) += c0 x0 + c1 x1 + c2 x2 + c3 x3 (all indexed alike, which C2 vectorizes). */
    private static void addFour(double[] y, double c0, double c1, double c2, double c3, double[] x0, double[] x1,
                                double[] x2, double[] x3, int from, int n) {
        for (int l = from; l < n; l++) {
            y[l] += c0 * x0[l] + c1 * x1[l] + c2 * x2[l] + c3 * x3[l];
        }
    }

    /**
     * G = Z Z^T (p x p, exactly symmetric) for Z (p x n), as a sum of rank-one terms z_c z_c^T over the columns,
     * four at a time: each column is copied into its own padded array, and row a of G gains
     * z_ca z_c + ... (vector instructions) from its diagonal block of eight on; the upper triangle is mirrored.
     */
    static DMatrixRMaj outer(DMatrixRMaj z) {
        int p = z.numRows;
        int n = z.numCols;
        int pp = (p + 7) / 8 * 8;
        double[][] g = new double[p][pp];
        double[] t0 = new double[pp];
        double[] t1 = new double[pp];
        double[] t2 = new double[pp];
        double[] t3 = new double[pp];
        double[] zd = z.data;
        int c = 0;
        for (; c + 3 < n; c += 4) {
            for (int a = 0; a < p; a++) {
                int o = a * n + c;
                t0[a] = zd[o];
                t1[a] = zd[o + 1];
                t2[a] = zd[o + 2];
                t3[a] = zd[o + 3];
            }
            for (int a = 0; a < p; a++) {
                addFour(g[a], t0[a], t1[a], t2[a], t3[a], t0, t1, t2, t3, a / 8 * 8, pp);
            }
        }
        for (; c < n; c++) {
            for (int a = 0; a < p; a++) {
                t0[a] = zd[a * n + c];
            }
            for (int a = 0; a < p; a++) {
                double ca = t0[a];
                double[] y = g[a];
                for (int l = a / 8 * 8; l < pp; l++) {
                    y[l] += ca * t0[l];
                }
            }
        }
        DMatrixRMaj out = new DMatrixRMaj(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                out.data[a * p + b] = g[a][b];
                out.data[b * p + a] = g[a][b];
            }
        }
        return out;
    }

    /** X Y^T (p x q) for X (p x n) and Y (q x n). */
    static DMatrixRMaj timesTranspose(DMatrixRMaj x, DMatrixRMaj y) {
        if (x.numCols != y.numCols) {
            throw new IllegalArgumentException("X Y^T needs as many columns in X as in Y: " + x.numCols + " vs " + y.numCols);
        }
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, y.numRows);
        int q = y.numRows;
        for (int i0 = 0; i0 < x.numRows; i0 += 4) {
            int j0 = 0;
            for (; j0 + 1 < q; j0 += 4) {
                tile(x, i0, y, j0, out);
            }
            if (j0 < q) {
                column(x, i0, y, j0, out);
            }
        }
        return out;
    }

    /**
     * Offsets of the four rows of a tile starting at row first with count rows inside the matrix: rows past the edge
     * repeat the first row, and their sums are computed and dropped.
     */
    private static int[] rowStarts(int first, int count, int n) {
        int[] starts = new int[4];
        for (int t = 0; t < 4; t++) {
            starts[t] = (t < count ? first + t : first) * n;
        }
        return starts;
    }

    /** out[i0..i0+4) x j: dot products of up to four rows of x with row j of y, four running sums. */
    private static void column(DMatrixRMaj x, int i0, DMatrixRMaj y, int j, DMatrixRMaj out) {
        int n = x.numCols;
        int ti = Math.min(4, x.numRows - i0);
        double[] xd = x.data;
        double[] yd = y.data;
        int[] xs = rowStarts(i0, ti, n);
        int x0 = xs[0];
        int x1 = xs[1];
        int x2 = xs[2];
        int x3 = xs[3];
        int y0 = j * n;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int c = 0; c < n; c++) {
            double b = yd[y0 + c];
            s0 += xd[x0 + c] * b;
            s1 += xd[x1 + c] * b;
            s2 += xd[x2 + c] * b;
            s3 += xd[x3 + c] * b;
        }
        double[] s = {s0, s1, s2, s3};
        for (int i = 0; i < ti; i++) {
            out.data[(i0 + i) * out.numCols + j] = s[i];
        }
    }

    /**
     * out[i0..i0+4) x [j0..j0+4) = dot products of those rows of x and y (fewer at the edges), 16 running sums side by
     * side so that consecutive multiply-adds do not wait on each other; each sum runs over the columns in order.
     */
    private static void tile(DMatrixRMaj x, int i0, DMatrixRMaj y, int j0, DMatrixRMaj out) {
        int n = x.numCols;
        int ti = Math.min(4, x.numRows - i0);
        int tj = Math.min(4, y.numRows - j0);
        double[] xd = x.data;
        double[] yd = y.data;
        int[] xs = rowStarts(i0, ti, n);
        int[] ys = rowStarts(j0, tj, n);
        int x0 = xs[0];
        int x1 = xs[1];
        int x2 = xs[2];
        int x3 = xs[3];
        int y0 = ys[0];
        int y1 = ys[1];
        int y2 = ys[2];
        int y3 = ys[3];
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        double s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int c = 0; c < n; c++) {
            double a0 = xd[x0 + c];
            double a1 = xd[x1 + c];
            double a2 = xd[x2 + c];
            double a3 = xd[x3 + c];
            double b0 = yd[y0 + c];
            double b1 = yd[y1 + c];
            double b2 = yd[y2 + c];
            double b3 = yd[y3 + c];
            s00 += a0 * b0;
            s01 += a0 * b1;
            s02 += a0 * b2;
            s03 += a0 * b3;
            s10 += a1 * b0;
            s11 += a1 * b1;
            s12 += a1 * b2;
            s13 += a1 * b3;
            s20 += a2 * b0;
            s21 += a2 * b1;
            s22 += a2 * b2;
            s23 += a2 * b3;
            s30 += a3 * b0;
            s31 += a3 * b1;
            s32 += a3 * b2;
            s33 += a3 * b3;
        }
        double[][] s = {{s00, s01, s02, s03}, {s10, s11, s12, s13}, {s20, s21, s22, s23}, {s30, s31, s32, s33}};
        int q = out.numCols;
        for (int i = 0; i < ti; i++) {
            for (int j = 0; j < tj; j++) {
                out.data[(i0 + i) * q + j0 + j] = s[i][j];
            }
        }
    }
}
