package org.lnet.knime.widenetworktrainer;

import org.lnet.knime.base.LnetNodeDialog;
import org.lnet.node.nodes.WideNetworkTrainerNode;

/** Dialog of the WideNetworkTrainer node, built from the parameters of {@link WideNetworkTrainerNode}. */
final class WideNetworkTrainerNodeDialog extends LnetNodeDialog {

    WideNetworkTrainerNodeDialog() {
        super(new WideNetworkTrainerNode());
    }
}
