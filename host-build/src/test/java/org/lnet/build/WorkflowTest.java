package org.lnet.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.nodes.MinNormRegressionNode;

class WorkflowTest {

    private static Workflow small() {
        Workflow w = new Workflow("Small", "two nodes");
        Workflow.Node a = w.add(KnimeNodes.csvReader(1, "d.csv", 10, 20));
        Workflow.Node b = w.add(KnimeNodes.ours(2, new MinNormRegressionNode(), new MapSettingsStore(), 30, 40));
        w.connect(a, 0, b, 0).dataFile("d.csv", "x,y\n1,2\n".getBytes());
        return w;
    }

    @Test
    void archiveHasOneTopFolderAndAFileLayoutKnimeLoads() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(small().toKnwf()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(ZipEntry.STORED, e.getMethod());
            }
        }
        assertEquals(List.of("Small/workflow.knime", "Small/workflow-metadata.xml", "Small/CSV Reader (#1)/settings.xml",
            "Small/Min_Norm Regression (#2)/settings.xml", "Small/data/d.csv"), names);
    }

    @Test
    void connectionsCountTheFlowVariablePort() {
        KnimeConfig c = small().workflowKnime().getConfig("connections").getConfig("connection_0");
        assertEquals("1", c.getEntry("sourcePort").value());
        assertEquals("1", c.getEntry("destPort").value());
        assertEquals("2", c.getEntry("destID").value());
    }

    @Test
    void headerTargetsKnime51AndNodesPointToTheirSettings() {
        KnimeConfig w = small().workflowKnime();
        assertEquals("5.1.0", w.getEntry("version").value());
        assertEquals("IDLE", w.getEntry("state").value());
        KnimeConfig node = w.getConfig("nodes").getConfig("node_2");
        assertEquals("Min_Norm Regression (#2)/settings.xml", node.getEntry("node_settings_file").value());
        assertEquals("NativeNode", node.getEntry("node_type").value());
        assertEquals(List.of("30", "40", "95", "81"), node.getConfig("ui_settings").getStrings("extrainfo.node.bounds"));
    }

    @Test
    void nodeSettingsCarryFactoryBundleAndAnUnexecutedState() {
        KnimeConfig s = Workflow.settingsXml(small().nodes().get(1));
        assertEquals("org.lnet.knime.minnormregression.MinNormRegressionNodeFactory", s.getEntry("factory").value());
        assertEquals("org.lnet.knime", s.getEntry("node-bundle-symbolic-name").value());
        assertTrue(s.getEntry("node-bundle-version").value().matches("\\d+\\.\\d+\\.\\d+\\.v\\d{8}"));
        assertEquals("IDLE", s.getEntry("state").value());
        assertEquals("false", s.getEntry("hasContent").value());
        for (String required : new String[] {"flow_stack", "internal_node_subsettings", "model", "ports", "filestores"}) {
            assertTrue(s.getConfig(required) != null, required);
        }
    }

    @Test
    void theSameWorkflowGivesTheSameBytes() throws Exception {
        assertArrayEquals(small().toKnwf(), small().toKnwf());
        for (Workflow w : ExampleWorkflows.all()) {
            assertArrayEquals(w.toKnwf(), ExampleWorkflows.all().stream().filter(o -> o.name().equals(w.name()))
                .findFirst().orElseThrow().toKnwf());
        }
    }
}
