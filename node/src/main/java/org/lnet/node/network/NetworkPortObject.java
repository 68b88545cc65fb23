package org.lnet.node.network;

import java.util.List;
import java.util.Objects;
import org.lnet.engine.network.LinearNetwork;
import org.lnet.engine.network.Provenance;
import org.lnet.node.PortValue;

/**
 * A Linear Network travelling between nodes: the engine's {@link LinearNetwork} (explicit or implicit-width frame)
 * with its {@link NetworkSpec}. Hosts persist it with {@link NetworkCodec}.
 */
public final class NetworkPortObject implements PortValue {

    private final LinearNetwork network;
    private final NetworkSpec spec;

    /**
     * @throws IllegalArgumentException if the spec does not describe the network's shape
     */
    public NetworkPortObject(LinearNetwork network, NetworkSpec spec) {
        this.network = Objects.requireNonNull(network);
        this.spec = Objects.requireNonNull(spec);
        if (spec.inputs() != network.inputDim() || spec.outputs() != network.outputDim()
            || spec.width() != network.width() || spec.frameRank() != network.frameRank()
            || spec.implicitWidth() == network.isExplicit()) {
            throw new IllegalArgumentException("spec " + spec.summary() + " does not describe the network (D="
                + network.inputDim() + ", m=" + network.outputDim() + ", h=" + network.width() + ", k="
                + network.frameRank() + ")");
        }
    }

    /** Wraps a network, taking alpha and the initialization from its provenance. */
    public static NetworkPortObject of(LinearNetwork network, List<String> inputColumns, List<String> targetColumns,
                                       String lossConvention) {
        return new NetworkPortObject(network, specOf(network, inputColumns, targetColumns, lossConvention));
    }

    /** The spec of a network bound to the given columns. */
    public static NetworkSpec specOf(LinearNetwork network, List<String> inputColumns, List<String> targetColumns,
                                     String lossConvention) {
        Provenance p = network.provenance();
        return new NetworkSpec(network.inputDim(), network.outputDim(), network.width(), network.frameRank(),
            !network.isExplicit(), p.alpha(), p.initialization(), lossConvention, inputColumns, targetColumns);
    }

    public LinearNetwork network() {
        return network;
    }

    @Override
    public NetworkSpec spec() {
        return spec;
    }

    /** The spec's summary with the seed and training history. */
    public String summary() {
        Provenance p = network.provenance();
        String s = spec.summary() + ", seed " + p.seed();
        return p.training().isEmpty() ? s : s + "; " + p.training();
    }

    @Override
    public String toString() {
        return summary();
    }
}
