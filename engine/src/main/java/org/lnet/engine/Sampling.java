package org.lnet.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random numbers. One generator (xoroshiro128++) and the Ziggurat Gaussian sampler, both pure Java
 * and specified bit for bit, so a seed gives the same numbers on every host and JVM.
 */
public final class Sampling {
    private Sampling() {
    }

    /** A generator for this seed; two calls with one seed give the same stream. */
    public static UniformRandomProvider generator(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /** Standard normal sampler over the generator. */
    public static ContinuousSampler gaussian(UniformRandomProvider rng) {
        return ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /** Fills a with independent N(0, scale^2) values, in index order. */
    public static void fillGaussian(double[] a, int from, int to, ContinuousSampler normal, double scale) {
        for (int i = from; i < to; i++) {
            a[i] = scale * normal.sample();
        }
    }

    /** A sample of sqrt(chi^2 with dof degrees of freedom) = sqrt(Gamma(dof / 2, 2)), dof &gt; 0 (may be huge). */
    public static double chi(UniformRandomProvider rng, double dof) {
        return Math.sqrt(AhrensDieterMarsagliaTsangGammaSampler.of(rng, dof / 2, 2).sample());
    }

    /**
     * Derives independent seeds for the parts of one experiment (width, repetition) from a base seed by
     * SplitMix64 mixing, so runs are reproducible one by one and do not share streams.
     */
    public static long derive(long base, long... parts) {
        long z = base;
        for (long p : parts) {
            z = mix(z + 0x9E3779B97F4A7C15L * (p + 1));
        }
        return z;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
