package org.lnet.engine.network;

/**
 * Where a network came from, carried along so hosts can show it and bounds can default to its alpha.
 *
 * @param initialization "random", "random (invariant set)", "implicit-width random", "balanced", "user", ...
 * @param alpha the width exponent of a Gaussian N(0, h^{-2 alpha}) initialization, NaN if none
 * @param seed the seed that drew it (0 when not random)
 * @param training how it was trained since ("" when untrained)
 */
public record Provenance(String initialization, double alpha, long seed, String training) {

    public static Provenance user() {
        return new Provenance("user", Double.NaN, 0, "");
    }

    public Provenance trained(String how) {
        return new Provenance(initialization, alpha, seed, training.isEmpty() ? how : training + "; " + how);
    }

    public Provenance initializedAs(String kind) {
        return new Provenance(kind, alpha, seed, training);
    }
}
