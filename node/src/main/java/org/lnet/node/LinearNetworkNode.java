package org.lnet.node;

import java.util.Arrays;
import java.util.List;
import org.lnet.engine.Progress;

/**
 * One node of the extension, host-neutral: its documentation and parameters, its settings record with defaults and
 * validation, the check of incoming specs that computes outgoing specs without data, and the execution. Hosts
 * (KNIME, Weka, tests) only translate their types into {@link SettingsStore}, {@link PortSpec}, {@link PortValue}
 * and {@link Progress} and back.
 *
 * <p>All methods report bad input with {@link org.lnet.engine.InvalidInputException}, whose message names the
 * setting, column or row and says what to do; cancellation surfaces as {@link org.lnet.engine.CancelledException}.
 *
 * @param <S> the node's settings record
 */
public interface LinearNetworkNode<S extends LinearNetworkNode.Settings> {

    /** A node's validated settings; records, so two equal settings sets are {@code equals}. */
    interface Settings {
        /** Writes every parameter's value. */
        void save(SettingsStore store);
    }

    NodeInfo info();

    /** Every setting of the node, in dialog order. */
    List<Parameter> parameters();

    /**
     * Reads and validates settings; absent keys take their documented defaults.
     *
     * @throws org.lnet.engine.InvalidInputException naming the setting that is out of range
     */
    S load(SettingsStore store);

    /** The default settings. */
    default S defaults() {
        return load(new MapSettingsStore());
    }

    /**
     * Checks the incoming specs against the settings and computes the outgoing specs, without data.
     *
     * @param inSpecs one per input port; null for an unconnected optional input or a spec not known yet
     * @return one per output port; null where the spec is only known after execution
     */
    PortSpec[] configure(S settings, PortSpec[] inSpecs);

    /**
     * Runs the node.
     *
     * @param inputs one per input port; null for an unconnected optional input
     */
    NodeResult execute(S settings, PortValue[] inputs, Progress progress);

    /** {@link #load} then {@link #configure}, for hosts that hold settings as a store. */
    default PortSpec[] configure(SettingsStore store, PortSpec[] inSpecs) {
        return configure(load(store), inSpecs);
    }

    /** {@link #load} then {@link #execute}, for hosts that hold settings as a store. */
    default NodeResult execute(SettingsStore store, PortValue[] inputs, Progress progress) {
        return execute(load(store), inputs, progress);
    }

    /** The parameter with this key. */
    default Parameter parameter(String key) {
        return parameters().stream().filter(p -> p.key().equals(key)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(info().id() + " has no parameter " + key
                + "; it has " + Arrays.toString(parameters().stream().map(Parameter::key).toArray())));
    }
}
