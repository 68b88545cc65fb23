package org.lnet.engine.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;

/**
 * Gradient descent written plainly on the full matrices, the way the paper states it, as an independent
 * reference for the reduced dynamics: R = Y - X U V^T, U += eta g X^T R V, V += eta g R^T X U, both
 * from the old values (g = 1 for the sum loss, 2/n for the mean loss).
 */
final class FullMatrixReference {
    SimpleMatrix x;
    SimpleMatrix y;
    SimpleMatrix u;
    SimpleMatrix v;

    FullMatrixReference(DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj u, DMatrixRMaj v) {
        this.x = SimpleMatrix.wrap(x.copy());
        this.y = SimpleMatrix.wrap(y.copy());
        this.u = SimpleMatrix.wrap(u.copy());
        this.v = SimpleMatrix.wrap(v.copy());
    }

    void step(double eta, double gain) {
        SimpleMatrix residual = y.minus(x.mult(u).mult(v.transpose()));
        SimpleMatrix newU = u.plus(x.transpose().mult(residual).mult(v).scale(eta * gain));
        SimpleMatrix newV = v.plus(residual.transpose().mult(x).mult(u).scale(eta * gain));
        u = newU;
        v = newV;
    }

    /** 1/2 ||Y - X U V^T||_F^2. */
    double halfLoss() {
        double nf = y.minus(x.mult(u).mult(v.transpose())).normF();
        return 0.5 * nf * nf;
    }

    DMatrixRMaj theta() {
        return u.mult(v.transpose()).getDDRM();
    }
}
