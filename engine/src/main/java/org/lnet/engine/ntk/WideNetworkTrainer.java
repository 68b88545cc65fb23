package org.lnet.engine.ntk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;

/**
 * Gradient descent on the first layer of a {@link WideNetwork}, W(t+1) = W(t) - lr dL/dW(W(t)), tracking how far
 * the weights and predictions are from the min-norm solution of the network linearized at W(0)
 * ({@link LinearizedSolution}). One step costs O(n h D) and allocates nothing.
 */
public final class WideNetworkTrainer {

    /** Descent counts as diverged once the loss exceeds this multiple of its starting value. */
    static final double DIVERGENCE_FACTOR = 1e8;

    private WideNetworkTrainer() {
    }

    /**
     * Solves the linearized problem at {@code initial}, then trains.
     *
     * @param x training inputs, n x D
     * @param y targets, length n
     * @param xTest test inputs, N x D, or null for none
     */
    public static TrainingResult train(WideNetwork initial, DMatrixRMaj x, double[] y, DMatrixRMaj xTest,
                                       TrainingSettings settings, Progress progress) {
        settings.validate();
        progress.report(0, "tangent kernel at initialization and the min-norm linearized solution");
        LinearizedSolution linearized = LinearizedSolution.solve(initial, x, y);
        progress.checkCanceled();
        return train(linearized, xTest, settings, progress);
    }

    /** Trains from the linearized solution's initial network (reuse one solution for several settings). */
    public static TrainingResult train(LinearizedSolution linearized, DMatrixRMaj xTest, TrainingSettings settings,
                                       Progress progress) {
        settings.validate();
        WideNetwork initial = linearized.initial();
        if (xTest != null) {
            initial.checkInputs("X test", xTest);
        }
        DMatrixRMaj x = linearized.inputsView();
        double[] y = linearized.targetsView();
        int n = y.length;
        double eta = settings.learningRateFor(linearized);
        double gain = settings.loss().scale(n);

        DMatrixRMaj w = initial.weights();
        DMatrixRMaj grad = new DMatrixRMaj(w.numRows, w.numCols);
        double[] f = new double[n];
        Evaluator train = new Evaluator(x, initial.signsView(), initial.activation());
        Evaluator test = xTest == null ? null : new Evaluator(xTest, initial.signsView(), initial.activation());
        double[] fTest = xTest == null ? new double[0] : new double[xTest.numRows];
        double[] linTest = xTest == null ? new double[0] : linearized.predict(xTest);
        double[] linTrain = linearized.fittedValues();
        DMatrixRMaj wLin = linearized.weightsView();
        double changeNorm = linearized.changeNorm();

        long maxSteps = settings.maxSteps();
        long nextRecord = nextRecord(0, maxSteps, settings.records());
        List<TrajectoryRecord> records = new ArrayList<>();
        double loss0 = Double.NaN;
        double blowUp = Double.NaN;
        TrainingResult.Stop why;
        long step = 0;
        while (true) {
            double loss = train.lossAndGradient(w, y, gain, f, grad);
            if (step == 0) {
                loss0 = loss;
                blowUp = DIVERGENCE_FACTOR * Math.max(loss0, Double.MIN_NORMAL);
            }
            if (!Double.isFinite(loss) || loss > blowUp) {
                throw diverged(step, loss0, loss, eta, settings, linearized);
            }
            boolean reached = loss <= settings.tolerance();
            boolean last = reached || step >= maxSteps;
            if (step == 0 || last || step == nextRecord) {
                nextRecord = nextRecord(step, maxSteps, settings.records());
                if (test != null) {
                    test.predict(w, fTest);
                }
                double distance = distance(w, wLin);
                records.add(new TrajectoryRecord(step, loss, distance, distance / changeNorm, rms(f, linTrain),
                    test == null ? Double.NaN : rms(fTest, linTest)));
            }
            if (last) {
                why = reached ? TrainingResult.Stop.TOLERANCE : TrainingResult.Stop.STEPS;
                break;
            }
            CommonOps_DDRM.addEquals(w, -eta, grad);
            step++;
            if ((step & 31) == 0) {
                progress.checkCanceled();
            }
            if ((step & 1023) == 0) {
                // the only allocation in the loop: one short message per 1024 steps
                progress.report(fraction(step, maxSteps, loss0, loss, settings.tolerance()),
                    "gradient descent step " + step + " of at most " + maxSteps);
            }
        }
        String how = String.format(Locale.ROOT, "gradient descent from %s, %s loss, lr = %g, %d steps", initial.provenance(),
            settings.loss().key(), eta, step);
        return new TrainingResult(initial.withWeights(w, how), linearized, settings, eta, step, why, records,
            test == null ? fTest : fTest.clone(), linTest);
    }

    private static InvalidInputException diverged(long step, double loss0, double loss, double eta,
                                               TrainingSettings settings, LinearizedSolution linearized) {
        return new InvalidInputException(InvalidInputException.Kind.SETTING, "lr", new long[0], -1, "parameter 'lr'",
            String.format(Locale.ROOT, "Gradient descent diverged at step %d (the loss grew from %.3g to %.3g): ", step,
                loss0, loss),
            String.format(Locale.ROOT, "= %.4g is too large: on the linearized model descent is stable only for "
                + "lr < 2 / (g lambda_max(K(0))) = %.4g", eta, settings.stabilityLimit(linearized)),
            "use a smaller step (or 'auto', which takes half that limit)");
    }

    /**
     * Progress as the larger of the step fraction and the fraction of the way, on a log scale, from the initial loss
     * to the tolerance: runs that stop at the tolerance long before the step limit still show a moving bar.
     */
    static double fraction(long step, long maxSteps, double loss0, double loss, double tol) {
        double bySteps = (double) step / maxSteps;
        if (!(tol > 0) || !(loss > tol) || !(loss0 > tol)) {
            return bySteps;
        }
        double byLoss = Math.log(loss0 / loss) / Math.log(loss0 / tol);
        return Math.max(0, Math.min(1, Math.max(bySteps, byLoss)));
    }

    /**
     * The step of the record after {@code step}: records are spaced geometrically between step 1 and maxSteps
     * (records of them), so a run that stops early at the tolerance still has its share, and a log-scaled step axis
     * shows them evenly. Long.MAX_VALUE when no intermediate records are wanted.
     */
    static long nextRecord(long step, long maxSteps, int records) {
        if (records == 0) {
            return Long.MAX_VALUE;
        }
        double ratio = Math.pow(maxSteps, 1.0 / (records + 1));
        double k = step == 0 ? 0 : Math.floor(Math.log(step) / Math.log(ratio) + 1e-9);
        long next = (long) Math.ceil(Math.pow(ratio, k + 1) - 1e-9);
        return Math.max(step + 1, next);
    }

    /** ||a - b||_F. */
    static double distance(DMatrixRMaj a, DMatrixRMaj b) {
        double s = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            double d = a.data[i] - b.data[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** sqrt(mean (a_i - b_i)^2). */
    static double rms(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s / a.length);
    }
}
