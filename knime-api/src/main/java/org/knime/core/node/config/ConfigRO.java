package org.knime.core.node.config;

import javax.swing.tree.TreeNode;
import org.knime.core.node.config.base.ConfigBaseRO;

/** Shim of KNIME's interface: compile-time signatures only. */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {
}
