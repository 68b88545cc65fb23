package org.lnet.weka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lnet.engine.CancelledException;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.NodeInfo;
import org.lnet.node.NodeResult;
import org.lnet.node.nodes.Nodes;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortValue;
import org.lnet.node.table.Matrices;
import weka.core.Instances;
import weka.core.WekaException;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.BaseStep;

/**
 * The KnowledgeFlow step of every Linear Networks node. It only translates: bean properties (text) to the node
 * layer's settings store, {@code dataSet} Instances to neutral tables and back, networks to and from the
 * {@value #CON_NETWORK} connection, the {@link StepManager} to {@link StepProgress}, and the node layer's
 * {@link InvalidInputException} to a logged error that stops the flow. All behaviour lives in the node layer class
 * it wraps; each step class only declares its bean properties (one getter and setter per parameter, delegating to
 * {@link #text}/{@link #setText} and {@link #flag}/{@link #setFlag}), which KnowledgeFlow needs to save and load
 * .kf files, and is generated from the node layer at build time ({@code org.lnet.build.WekaSteps}); a step's chart
 * is in {@link StepCharts}. What Weka shows of a step (palette tooltip, settings dialog, help) comes from the node layer through
 * {@link StepHelp} and {@link LnetStepEditorDialog}.
 *
 * <p>Connections. The node's first table input is fed by a {@code dataSet} connection, its network input by a
 * {@value #CON_NETWORK} connection; further table inputs are not offered (KnowledgeFlow cannot tell two
 * {@code dataSet} connections apart), so they must be optional. The step runs once every connected input has
 * delivered, and again whenever one of them delivers anew. Outputs: networks on {@value #CON_NETWORK}, the first
 * output table on {@code dataSet}, every output table as exact CSV on {@code text}, and a chart on {@code image}
 * where the step draws one ({@link StepOutputs}). A step whose inputs are all optional and unconnected runs as a
 * start point. When the flow starts, {@link FlowChecks} refuses connections either end cannot take, and loops.
 *
 * <p>Settings are text bean properties (Weka's flow files cannot store doubles in scientific notation, negative
 * integers or longs), parsed by {@link Parameter#parseText} and validated by the node's {@code load} when the flow
 * starts; ${variables} are substituted first. When the data set has a class attribute and no target columns are
 * chosen, the class attribute is the target.
 *
 * @param <S> the node's settings record
 */
public abstract class LnetStep<S extends LinearNetworkNode.Settings> extends BaseStep {

    /** The connection type carrying a {@link NetworkPayload}. */
    public static final String CON_NETWORK = "linearNetwork";

    private static final long serialVersionUID = 1L;

    private final String nodeId;
    /** Every parameter's text, by key, in the node's order. */
    private final LinkedHashMap<String, String> settings = new LinkedHashMap<>();
    /** Latest payload per incoming connection type, in the current run. */
    private transient Map<String, Object> received;

    /**
     * @param nodeId the {@link NodeInfo#id()} of the node this step runs
     * @throws IllegalStateException if the node has an input KnowledgeFlow cannot feed
     */
    protected LnetStep(String nodeId) {
        this.nodeId = nodeId;
        LinearNetworkNode<S> node = node();
        for (Parameter p : node.parameters()) {
            settings.put(p.key(), p.defaultAsText());
        }
        List<PortDef> inputs = node.info().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            if (i != firstPort(inputs, inputs.get(i).kind()) && !inputs.get(i).optional()) {
                throw new IllegalStateException(nodeId + " has a second required " + inputs.get(i).kind() + " input");
            }
        }
    }

    /** The node this step runs. */
    @SuppressWarnings("unchecked")
    public final LinearNetworkNode<S> node() {
        return (LinearNetworkNode<S>) Nodes.byId(nodeId);
    }

    // ---- bean property support for the step classes -------------------------------------------------------------

    /** The text of a setting, as the bean property shows it. */
    protected final String text(String key) {
        requireKey(key);
        return settings.get(key);
    }

    protected final void setText(String key, String value) {
        requireKey(key);
        settings.put(key, value == null ? "" : value);
    }

    protected final boolean flag(String key) {
        return Boolean.parseBoolean(text(key));
    }

    protected final void setFlag(String key, boolean value) {
        setText(key, Boolean.toString(value));
    }

    private void requireKey(String key) {
        if (!settings.containsKey(key)) {
            throw new IllegalArgumentException(nodeId + " has no setting " + key);
        }
    }

    /**
     * The text of a setting by key, as the settings dialog shows it.
     *
     * @throws IllegalArgumentException for a key that is not one of the node's parameters
     */
    public final String settingText(String key) {
        return text(key);
    }

    /** Sets a setting by key, as the settings dialog does on OK; checked when the flow starts. */
    public final void setSettingText(String key, String value) {
        setText(key, value);
    }

    /** Weka's palette tooltip and the first line of the settings dialog: one sentence and the connections. */
    public String globalInfo() {
        return StepHelp.globalInfo(this);
    }

    /** The help page behind the settings dialog's <i>More</i> button: the math, connections and every setting. */
    public String helpPage() {
        return StepHelp.page(this);
    }

    /** The settings dialog: the node's parameters in the node's order, by label, choices as drop-downs. */
    @Override
    public String getCustomEditorForStep() {
        return LnetStepEditorDialog.class.getName();
    }

    /** The chart the step draws on an {@code image} connection, null if none. */
    final StepCharts.Chart chart() {
        return StepCharts.of(nodeId);
    }

    // ---- connections ----------------------------------------------------------------------------------------------

    private static int firstPort(List<PortDef> ports, PortDef.Kind kind) {
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** The connection type feeding an input port, null for a port Weka cannot feed. */
    static String connectionFor(List<PortDef> inputs, PortDef port) {
        if (inputs.indexOf(port) != firstPort(inputs, port.kind())) {
            return null;
        }
        return port.kind() == PortDef.Kind.TABLE ? StepManager.CON_DATASET : CON_NETWORK;
    }

    /** The input port fed by a connection type, -1 if none. */
    private int portFor(String connection) {
        List<PortDef> inputs = node().info().inputs();
        if (StepManager.CON_DATASET.equals(connection)) {
            return firstPort(inputs, PortDef.Kind.TABLE);
        }
        return CON_NETWORK.equals(connection) ? firstPort(inputs, PortDef.Kind.NETWORK) : -1;
    }

    /** Every connection type the step takes, in the order dataSet, linearNetwork. */
    final List<String> incomingTypes() {
        List<String> out = new ArrayList<>();
        for (String con : List.of(StepManager.CON_DATASET, CON_NETWORK)) {
            if (portFor(con) >= 0) {
                out.add(con);
            }
        }
        return out;
    }

    /** Whether the step takes a connection of this type at all (connected or not). */
    final boolean takes(String con) {
        return portFor(con) >= 0;
    }

    private boolean connected(String con) {
        return getStepManager().numIncomingConnectionsOfType(con) > 0;
    }

    /** Whether every required input has a connection. */
    private boolean requiredInputsConnected() {
        for (String con : incomingTypes()) {
            if (!node().info().inputs().get(portFor(con)).optional() && !connected(con)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> getIncomingConnectionTypes() {
        List<String> out = new ArrayList<>();
        for (String con : incomingTypes()) {
            if (!connected(con)) {
                out.add(con);
            }
        }
        return out;
    }

    /** Offered once every required input is connected, as KnowledgeFlow expects. */
    @Override
    public List<String> getOutgoingConnectionTypes() {
        return requiredInputsConnected() ? producedTypes() : new ArrayList<>();
    }

    /** Every connection type the step sends, whatever is connected. */
    final List<String> producedTypes() {
        List<String> out = new ArrayList<>();
        List<PortDef> outputs = node().info().outputs();
        if (firstPort(outputs, PortDef.Kind.NETWORK) >= 0) {
            out.add(CON_NETWORK);
        }
        if (firstPort(outputs, PortDef.Kind.TABLE) >= 0) {
            out.add(StepManager.CON_DATASET);
            out.add(StepManager.CON_TEXT);
        }
        if (chart() != null) {
            out.add(StepManager.CON_IMAGE);
        }
        return out;
    }

    // ---- running --------------------------------------------------------------------------------------------------

    /**
     * Checks the settings and the connections (types, required inputs, loops) before any data flows; the flow does
     * not start if they are wrong.
     */
    @Override
    public void stepInit() throws WekaException {
        received = new HashMap<>();
        try {
            node().load(store(null));
        } catch (InvalidInputException e) {
            throw fail(e.getMessage());
        }
        for (String con : incomingTypes()) {
            PortDef port = node().info().inputs().get(portFor(con));
            if (!port.optional() && !connected(con)) {
                throw fail(getName() + " needs a '" + con + "' connection for its input '" + port.name() + "' ("
                    + port.description() + ").");
            }
        }
        String connections = FlowChecks.problem(this);
        if (connections != null) {
            throw fail(connections);
        }
    }

    /** The settings as a node-layer store, variables substituted; the class attribute is the default target. */
    private MapSettingsStore store(Instances data) {
        MapSettingsStore store = new MapSettingsStore();
        for (Parameter p : node().parameters()) {
            p.writeText(store, environmentSubstitute(settings.get(p.key())));
            if (data != null && p.kind() == Parameter.Kind.COLUMNS && p.columnRole() == Parameter.ColumnRole.TARGETS
                && p.readColumns(store).isEmpty() && data.classIndex() >= 0) {
                if (!WekaTables.isNumber(data.classAttribute())) {
                    throw new InvalidInputException(p.key(), "The class attribute '" + data.classAttribute().name()
                        + "' is not numeric, but without chosen target columns the class attribute is the target: "
                        + "choose numeric target columns in '" + p.key() + "', or unset the class attribute.");
                }
                p.write(store, List.of(data.classAttribute().name()));
            }
        }
        return store;
    }

    /** A step with only optional, unconnected inputs is a start point: it runs when the flow starts. */
    @Override
    public void start() throws WekaException {
        if (getStepManager().numIncomingConnections() == 0) {
            getStepManager().processing();
            run();
        }
    }

    @Override
    public synchronized void processIncoming(Data data) throws WekaException {
        getStepManager().processing();
        String con = data.getConnectionName();
        if (portFor(con) < 0) {
            throw fail(getName() + " cannot take a '" + con + "' connection.");
        }
        Object payload = data.getPrimaryPayload();
        if (payload instanceof Instances i && StepManager.CON_DATASET.equals(con)) {
            received.put(con, i);
        } else if (payload instanceof NetworkPayload n && CON_NETWORK.equals(con)) {
            received.put(con, n);
        } else {
            throw fail(getName() + " got " + (payload == null ? "nothing" : payload.getClass().getName())
                + " on its '" + con + "' connection.");
        }
        for (String c : incomingTypes()) {
            if (connected(c) && !received.containsKey(c)) {
                return; // busy, waiting for the other input
            }
        }
        run();
    }

    /** Stops waiting for inputs that will not come, so the flow can finish. */
    @Override
    public void stop() {
        super.stop();
        getStepManager().interrupted();
    }

    private void run() throws WekaException {
        LinearNetworkNode<S> node = node();
        List<PortDef> inputs = node.info().inputs();
        PortValue[] in = new PortValue[inputs.size()];
        Instances data = (Instances) received.get(StepManager.CON_DATASET);
        NodeResult result;
        S s;
        try {
            if (data != null) {
                if (data.numInstances() == 0) {
                    // before the class attribute is looked at: Weka's CSVLoader types no attribute of a
                    // header-only file as numeric
                    throw Matrices.noRows("input", inputSettingKey());
                }
                in[portFor(StepManager.CON_DATASET)] = WekaTables.toTable(data);
                warnAboutWeights(data);
            }
            NetworkPayload network = (NetworkPayload) received.get(CON_NETWORK);
            if (network != null) {
                in[portFor(CON_NETWORK)] = network.network();
            }
            s = node.load(store(data));
            result = node.execute(s, in, new StepProgress(getStepManager()));
        } catch (InvalidInputException e) {
            throw fail(e.getMessage());
        } catch (CancelledException e) {
            getStepManager().interrupted();
            return;
        }
        for (String w : result.warnings()) {
            getStepManager().logWarning(w);
        }
        S settingsUsed = s;
        NodeResult computed = result;
        StepCharts.Chart chart = chart();
        StepOutputs.send(this, computed, data, in,
            chart == null ? null : () -> chart.drawing().draw(this, settingsUsed, computed));
        getStepManager().finished();
    }

    private void warnAboutWeights(Instances data) {
        for (int i = 0; i < data.numInstances(); i++) {
            if (data.instance(i).weight() != 1) {
                getStepManager().logWarning("The data set has instance weights other than 1; " + getName()
                    + " ignores them.");
                return;
            }
        }
    }

    /** The key of the node's input-column setting, which the node layer names in errors about the input table. */
    private String inputSettingKey() {
        for (Parameter p : node().parameters()) {
            if (p.kind() == Parameter.Kind.COLUMNS && p.columnRole() == Parameter.ColumnRole.INPUTS) {
                return p.key();
            }
        }
        return "inputColumns";
    }

    /**
     * An error in the user's data, settings or connections, to throw from {@code stepInit} or
     * {@code processIncoming}: KnowledgeFlow then logs it as an error of this step and stops the flow. The message
     * also goes to the step's status line, the first thing the GUI shows (its status table keeps a step's first
     * error; Weka's own "see log for details" comes second and is dropped).
     */
    protected final WekaException fail(String message) {
        getStepManager().statusMessage("ERROR: " + message);
        return new UserError(message);
    }
}
