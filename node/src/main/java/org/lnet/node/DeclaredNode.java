package org.lnet.node;

import java.util.List;
import java.util.function.Function;

/**
 * A node whose settings are the typed declarations it passes here: {@link #parameters()} and {@link #settings}
 * follow from them, so a node names each of its settings once, in dialog order, and nowhere again.
 *
 * @param <S> the node's settings type
 */
public abstract class DeclaredNode<S extends Values> implements LinearNetworkNode<S> {

    private final List<Parameter> parameters;
    private final Function<Values, S> settings;

    /**
     * @param settings   makes the node's settings of checked values (e.g. {@code Settings::new}), checking the rules
     *                   between settings
     * @param parameters the node's settings, in dialog order
     */
    protected DeclaredNode(Function<Values, S> settings, Setting<?>... parameters) {
        this.parameters = List.of(parameters);
        this.settings = settings;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public final S settings(Values values) {
        return settings.apply(values);
    }
}
