package org.lnet.node;

import java.util.List;

/**
 * What an execution produced: one value per output port, and warnings for the user (results that are valid but
 * deserve attention, e.g. a tolerance that was not reached).
 */
public record NodeResult(List<PortValue> outputs, List<String> warnings) {

    public NodeResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }

    public static NodeResult of(PortValue... outputs) {
        return new NodeResult(List.of(outputs), List.of());
    }

    public NodeResult withWarnings(List<String> more) {
        return new NodeResult(outputs, more);
    }

    public PortValue output(int i) {
        return outputs.get(i);
    }
}
