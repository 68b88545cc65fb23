package org.knime.core.node;

import java.util.EventListener;

/**
 * Shim of KNIME's interface: compile-time signatures only. Its one method, {@code warningChanged(Message)}, is left
 * out: the plugin neither calls nor implements it.
 */
public interface NodeModelWarningListener extends EventListener {
}
