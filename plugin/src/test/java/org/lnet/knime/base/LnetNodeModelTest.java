package org.lnet.knime.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.lnet.engine.InvalidInputException;
import org.lnet.engine.Progress;
import org.lnet.knime.port.LinearNetworkPortObject;
import org.lnet.knime.port.LinearNetworkPortObjectSpec;
import org.lnet.knime.testing.KnimeRun;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.PortDef;
import org.lnet.node.PortSpec;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkCodec;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.table.Table;

/**
 * {@link LnetNodeModel} run as KNIME runs it ({@code NodeDriver}: settings loaded with validation, configure with the
 * input specs, execute with KNIME's checks around the model). Each factory's description names its ports and each port
 * type is registered in plugin.xml; configure and execute give what the node layer gives for the same settings and
 * data, called directly (bit for bit); its refusals arrive as InvalidSettingsException with the node layer's message,
 * at configure or at execute; its warnings appear on the node; progress reaches KNIME inside [0, 1]; KNIME's cancel
 * stops training at the next check with nothing reported after.
 */
class LnetNodeModelTest {

    private final DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor();
    private final ExecutionContext exec = new ExecutionContext(monitor);

    @AfterEach
    void nothingLeftOpenNothingUnregistered() {
        assertEquals(0, BufferedDataTable.openIterators(), "an iterator was left open");
        assertEquals(List.of(), PortTypeRegistry.getInstance().codingProblems());
    }

    @Test
    void everyFactoryDescribesItsPortsWithTheNodeLayersPortTypes() {
        assertEquals(LinearNetworkPortObjectSpec.class, LinearNetworkPortObject.TYPE.getPortObjectSpecClass());
        assertEquals("Linear Network", LinearNetworkPortObject.TYPE.getName());
        for (LinearNetworkNode<?> node : Nodes.all()) {
            NodeDriver d = KnimeRun.driver(node.info().id()); // fails on a port without description
            List<PortDef> in = node.info().inputs();
            List<PortDef> out = node.info().outputs();
            assertEquals(in.size(), d.inPorts(), node.info().id());
            assertEquals(out.size(), d.outPorts(), node.info().id());
            for (int i = 0; i < in.size(); i++) {
                assertEquals(expected(in.get(i)), d.inPortType(i), node.info().id() + " input " + i);
            }
            for (int i = 0; i < out.size(); i++) {
                assertEquals(expected(out.get(i)), d.outPortType(i), node.info().id() + " output " + i);
            }
        }
    }

    private static PortType expected(PortDef p) {
        Class<? extends PortObject> c = p.kind() == PortDef.Kind.TABLE ? BufferedDataTable.class
            : LinearNetworkPortObject.class;
        return PortTypeRegistry.getInstance().getPortType(c, p.optional());
    }

    private static MapSettingsStore store(String id, Map<String, String> texts) {
        MapSettingsStore s = new MapSettingsStore();
        texts.forEach((k, v) -> Nodes.byId(id).parameter(k).writeText(s, v));
        return s;
    }

    private NodeDriver configured(String id, Map<String, String> texts) throws InvalidSettingsException {
        NodeDriver d = KnimeRun.driver(id);
        d.loadSettings(KnimeRun.settings(d, id, texts));
        return d;
    }

    private static byte[] bytes(NetworkPortObject n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkCodec.write(n, out);
        return out.toByteArray();
    }

    @Test
    void initializeAndTrainGiveTheNodeLayersResultsBitForBit() throws Exception {
        BufferedDataTable data = KnimeData.regression(exec, 12);
        Table neutral = KnimeRun.read(data);
        Map<String, String> init = Map.of("width", "5", "seed", "3");
        Map<String, String> train = Map.of("time", "2", "records", "5");

        NodeDriver initializer = configured("RandomInitializer", init);
        PortObjectSpec[] specs = initializer.configure(data.getDataTableSpec());
        PortObject network = initializer.execute(exec, data)[0];
        NodeDriver trainer = configured("GradientFlowTrainer", train);
        PortObject[] trained = trainer.execute(exec, network, data);

        LinearNetworkNode<?> ri = Nodes.byId("RandomInitializer");
        PortSpec[] directSpecs = ri.configure(store("RandomInitializer", init), new PortSpec[] {neutral.spec()});
        NetworkPortObject start = (NetworkPortObject) ri.execute(store("RandomInitializer", init),
            new PortValue[] {neutral}, Progress.NONE).output(0);
        NodeResult direct = Nodes.byId("GradientFlowTrainer").execute(store("GradientFlowTrainer", train),
            new PortValue[] {start, neutral}, Progress.NONE);

        assertEquals(directSpecs[0], ((LinearNetworkPortObjectSpec) specs[0]).networkSpec(), "configure");
        assertArrayEquals(bytes(start), bytes(((LinearNetworkPortObject) network).network()), "initialized network");
        assertArrayEquals(bytes((NetworkPortObject) direct.output(0)),
            bytes(((LinearNetworkPortObject) trained[0]).network()), "trained network");
        assertEquals(direct.output(1), KnimeRun.read((BufferedDataTable) trained[1]), "trajectory");
        assertEquals(direct.warnings().isEmpty() ? null : String.join("\n", direct.warnings()), trainer.warning());
        List<Double> progress = monitor.acceptedProgress();
        assertFalse(progress.isEmpty(), "progress reaches KNIME");
        assertEquals(0, monitor.ignoredProgress(), "no progress outside [0, 1], which KNIME would drop");
    }

    @Test
    void anUnconnectedOptionalTableIsNoInput() throws Exception {
        NodeDriver d = configured("RandomInitializer", Map.of("inputs", "3", "outputs", "2", "width", "4"));
        PortObject[] out = d.execute(exec, (PortObject) null);
        assertEquals(3, ((LinearNetworkPortObject) out[0]).network().spec().inputColumns().size());
    }

    @Test
    void aConfigureRefusalCarriesTheNodeLayersMessage() throws Exception {
        NodeDriver init = configured("RandomInitializer", Map.of("inputs", "10", "outputs", "1", "width", "6"));
        LinearNetworkPortObjectSpec network = (LinearNetworkPortObjectSpec) init.configure((PortObjectSpec) null)[0];
        DataTableSpec data = KnimeData.regression(exec, 8).getDataTableSpec();
        PortSpec[] in = {network.networkSpec(), KnimeTables.toSpec(data)};
        String expected = assertThrows(InvalidInputException.class, () -> Nodes.byId("GradientFlowTrainer")
            .configure(new MapSettingsStore(), in)).getMessage();
        NodeDriver trainer = configured("GradientFlowTrainer", Map.of());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> trainer.configure(network, data));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void anExecuteRefusalCarriesTheNodeLayersMessage() throws Exception {
        BufferedDataTable data = KnimeData.doubles(exec, new String[] {"x1", "x2", "y"},
            new Double[][] {{1.0, 2.0, 3.0}, {2.0, null, 1.0}, {0.5, 1.0, 2.0}});
        String expected = assertThrows(InvalidInputException.class, () -> Nodes.byId("MinNormRegression")
            .execute(new MapSettingsStore(), new PortValue[] {KnimeRun.read(data)}, Progress.NONE)).getMessage();
        NodeDriver d = configured("MinNormRegression", Map.of());
        d.configure(data.getDataTableSpec()); // configure sees only the spec: no refusal yet
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> d.execute(exec, data));
        assertEquals(expected, e.getMessage());
        assertTrue(e.getMessage().contains("x2"), e.getMessage());
    }

    @Test
    void aWarningOfTheNodeLayerAppearsOnTheNodeAndResetClearsIt() throws Exception {
        BufferedDataTable data = KnimeData.regression(exec, 10);
        PortObject network = configured("RandomInitializer", Map.of("width", "4")).execute(exec, data)[0];
        NodeDriver trainer = configured("GradientFlowTrainer", Map.of("method", "gd", "lr", "0.01", "steps", "3",
            "tol", "1e-12"));
        trainer.execute(exec, network, data);
        assertTrue(trainer.warning() != null && trainer.warning().contains("Increase the steps"), trainer.warning());
        trainer.reset();
        assertNull(trainer.warning());
    }

    @Test
    void predictionsAreAppendedUnderAFreeNameWhenTheInputHasOne() throws Exception {
        BufferedDataTable data = KnimeData.doubles(exec, new String[] {"x1", "y", "Prediction (y)"},
            new Double[][] {{1.0, 2.0, 0.0}, {2.0, 4.1, 0.0}, {3.0, 5.9, 0.0}});
        PortObject network = configured("RandomInitializer", Map.of("width", "3", "inputColumns", "x1",
            "targetColumns", "y")).execute(exec, data)[0];
        NodeDriver predictor = configured("LinearNetworkPredictor", Map.of());
        BufferedDataTable out = (BufferedDataTable) predictor.execute(exec, network, data)[0];
        assertEquals(List.of("x1", "y", "Prediction (y)", "Prediction (y) #1"),
            List.of(out.getDataTableSpec().getColumnNames()));
        assertEquals(3, out.size());
    }

    @Test
    void cancelStopsTrainingAtTheNextCheckWithNothingReportedAfter() throws Exception {
        BufferedDataTable data = KnimeData.regression(exec, 12);
        PortObject network = configured("RandomInitializer", Map.of("width", "6")).execute(exec, data)[0];
        int[] reports = {0};
        monitor.setListener((p, m) -> {
            if (m != null && m.contains("gradient flow t") && ++reports[0] == 3) {
                monitor.setExecuteCanceled();
            }
        });
        NodeDriver trainer = configured("GradientFlowTrainer", Map.of("time", "100000"));
        CanceledExecutionException e = assertThrows(CanceledExecutionException.class,
            () -> trainer.execute(exec, network, data));
        assertInstanceOf(CanceledExecutionException.class, e);
        assertEquals(1, monitor.checksAfterCancel(), "stops at the first check after the cancel");
        assertEquals(0, monitor.reportsAfterCancel(), "no progress reported after the cancel");
    }
}
