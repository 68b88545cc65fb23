package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import javax.swing.tree.DefaultMutableTreeNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lnet.node.nodes.Nodes;
import org.lnet.weka.steps.Steps;
import weka.core.PluginManager;
import weka.gui.knowledgeflow.StepTree;
import weka.gui.knowledgeflow.StepTreeLeafDetails;

/** In this JVM: registered as PluginManager.props does, the steps appear in KnowledgeFlow's palette. */
@Tag("slow")
class PaletteTest {

    @Test
    void stepsAppearUnderLinearNetworksWithTheirNodesNamesAndDocumentation() {
        for (Class<? extends LnetStep<?>> c : Steps.ALL) {
            PluginManager.addPlugin("weka.knowledgeflow.steps.Step", c.getName(), c.getName());
        }
        StepTree tree = new StepTree(null);
        DefaultMutableTreeNode root = (DefaultMutableTreeNode) tree.getModel().getRoot();
        List<String> leaves = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        for (Enumeration<?> e = root.children(); e.hasMoreElements();) {
            DefaultMutableTreeNode folder = (DefaultMutableTreeNode) e.nextElement();
            if (folder.getUserObject().toString().equals(Nodes.CATEGORY)) {
                for (Enumeration<?> l = folder.children(); l.hasMoreElements();) {
                    StepTreeLeafDetails d = (StepTreeLeafDetails) ((DefaultMutableTreeNode) l.nextElement())
                        .getUserObject();
                    leaves.add(d.toString());
                    tips.add(d.getToolTipText());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (Class<? extends LnetStep<?>> c : Steps.ALL) {
            expected.add(StepsTest.create(c).node().info().name());
        }
        assertEquals(expected.stream().sorted().toList(), leaves.stream().sorted().toList());
        assertTrue(tips.stream().anyMatch(t -> t.contains("Trains a linear network by gradient flow")), tips.toString());
    }
}
