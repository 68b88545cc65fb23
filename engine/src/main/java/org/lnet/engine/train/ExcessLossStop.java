package org.lnet.engine.train;

import org.apache.commons.math3.ode.events.EventHandler;

/**
 * Event that stops the flow where L - L* falls to the tolerance. The loss decreases monotonically along the
 * flow, so g = (L - L*) - tol changes sign once.
 */
final class ExcessLossStop implements EventHandler {

    private final Observables observables;
    private final double tolerance;
    private boolean reached;

    ExcessLossStop(Observables observables, double tolerance) {
        this.observables = observables;
        this.tolerance = tolerance;
    }

    @Override
    public void init(double t0, double[] y0, double t) {
        reached = false;
    }

    @Override
    public double g(double t, double[] y) {
        return observables.excessLoss(y) - tolerance;
    }

    @Override
    public Action eventOccurred(double t, double[] y, boolean increasing) {
        if (increasing) {
            return Action.CONTINUE;
        }
        reached = true;
        return Action.STOP;
    }

    @Override
    public void resetState(double t, double[] y) {
    }

    boolean reached() {
        return reached;
    }
}
