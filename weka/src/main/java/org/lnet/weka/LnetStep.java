package org.lnet.weka;

import java.awt.image.BufferedImage;
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
import org.lnet.node.Nodes;
import org.lnet.node.Parameter;
import org.lnet.node.PortDef;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
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
 * it wraps; each step class only declares its bean properties (one getter, setter and tip text per parameter,
 * delegating to {@link #text}/{@link #setText}, {@link #flag}/{@link #setFlag} and {@link #tipText}).
 *
 * <p>Connections. The node's first table input is fed by a {@code dataSet} connection, its network input by a
 * {@value #CON_NETWORK} connection; further table inputs are not offered (KnowledgeFlow cannot tell two
 * {@code dataSet} connections apart), so they must be optional. The step runs once every connected input has
 * delivered, and again whenever one of them delivers anew. Outputs: networks on {@value #CON_NETWORK}, the first
 * output table on {@code dataSet}, every output table as exact CSV on {@code text}, and a chart on {@code image}
 * where the step draws one. A step whose inputs are all optional and unconnected runs as a start point.
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

    /** Classpath folder of the step icons. */
    public static final String ICON_DIR = "org/lnet/weka/icons/";

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

    /** The classpath path of a node's step icon. */
    public static String iconPath(String nodeId) {
        return ICON_DIR + nodeId + ".png";
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
     * The tip text of a setting: its label (Weka's dialog shows the text up to the first full stop as the tooltip),
     * then the node layer's description, range and default.
     */
    protected final String tipText(String key) {
        Parameter p = node().parameter(key);
        StringBuilder b = new StringBuilder(p.label()).append(". ").append(p.description());
        if (p.kind() == Parameter.Kind.COLUMNS) {
            b.append(" Attribute names separated by commas; empty for the automatic choice: ").append(p.defaultText())
                .append('.');
            if (p.columnRole() == Parameter.ColumnRole.TARGETS) {
                b.append(" In Weka a class attribute, if the data set has one, is the automatic target; it must then "
                    + "be numeric.");
            }
        } else {
            String range = p.rangeText();
            if (!range.isEmpty()) {
                b.append(p.kind() == Parameter.Kind.CHOICE ? " One of: " : " Range: ").append(range).append('.');
            }
            b.append(" Default: ").append(p.defaultAsText()).append('.');
        }
        return b.toString();
    }

    /** Shown by Weka's dialog ("About", "More") and as the palette tooltip: the node layer's documentation. */
    public String globalInfo() {
        NodeInfo info = node().info();
        StringBuilder b = new StringBuilder(info.shortDescription()).append("\n\n");
        for (String paragraph : info.intro()) {
            b.append(paragraph).append("\n\n");
        }
        b.append("Incoming connections:\n");
        for (PortDef p : info.inputs()) {
            String con = connectionFor(info.inputs(), p);
            b.append(con == null ? "(not available in Weka)" : con).append(" - ").append(p.name())
                .append(p.optional() ? " (optional): " : ": ").append(p.description()).append('\n');
        }
        b.append("\nOutgoing connections:\n");
        boolean firstTable = true;
        for (PortDef p : info.outputs()) {
            if (p.kind() == PortDef.Kind.NETWORK) {
                b.append(CON_NETWORK);
            } else {
                b.append(firstTable ? StepManager.CON_DATASET + " and " + StepManager.CON_TEXT : StepManager.CON_TEXT);
                firstTable = false;
            }
            b.append(" - ").append(p.name()).append(": ").append(p.description()).append('\n');
        }
        if (producesImage()) {
            b.append(StepManager.CON_IMAGE).append(" - ").append(imageDescription()).append('\n');
        }
        b.append("\nTables on text connections are CSV with every number in full precision. Settings may use "
            + "variables such as ${name}. When the data set has a class attribute and no target columns are chosen, "
            + "the class attribute is the target.\n\n").append(info.reference().citation());
        return b.toString();
    }

    // ---- what a step adds -----------------------------------------------------------------------------------------

    /** Whether the step draws a chart on an {@code image} connection. */
    protected boolean producesImage() {
        return false;
    }

    /** What the chart shows, for the documentation. */
    protected String imageDescription() {
        return "";
    }

    /** The chart of a result, if {@link #producesImage()}. */
    protected BufferedImage image(S settings, NodeResult result) {
        throw new UnsupportedOperationException(nodeId + " draws no chart");
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
    private static String connectionFor(List<PortDef> inputs, PortDef port) {
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

    private List<String> inputConnections() {
        List<String> out = new ArrayList<>();
        for (String con : List.of(StepManager.CON_DATASET, CON_NETWORK)) {
            if (portFor(con) >= 0) {
                out.add(con);
            }
        }
        return out;
    }

    private boolean connected(String con) {
        return getStepManager().numIncomingConnectionsOfType(con) > 0;
    }

    /** Whether every required input has a connection. */
    private boolean requiredInputsConnected() {
        for (String con : inputConnections()) {
            if (!node().info().inputs().get(portFor(con)).optional() && !connected(con)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> getIncomingConnectionTypes() {
        List<String> out = new ArrayList<>();
        for (String con : inputConnections()) {
            if (!connected(con)) {
                out.add(con);
            }
        }
        return out;
    }

    @Override
    public List<String> getOutgoingConnectionTypes() {
        List<String> out = new ArrayList<>();
        if (!requiredInputsConnected()) {
            return out;
        }
        List<PortDef> outputs = node().info().outputs();
        if (firstPort(outputs, PortDef.Kind.NETWORK) >= 0) {
            out.add(CON_NETWORK);
        }
        if (firstPort(outputs, PortDef.Kind.TABLE) >= 0) {
            out.add(StepManager.CON_DATASET);
            out.add(StepManager.CON_TEXT);
        }
        if (producesImage()) {
            out.add(StepManager.CON_IMAGE);
        }
        return out;
    }

    // ---- running --------------------------------------------------------------------------------------------------

    /** Checks the settings and the connections before any data flows; the flow does not start if they are wrong. */
    @Override
    public void stepInit() throws WekaException {
        received = new HashMap<>();
        try {
            node().load(store(null));
        } catch (InvalidInputException e) {
            throw userError(e.getMessage());
        }
        for (String con : inputConnections()) {
            PortDef port = node().info().inputs().get(portFor(con));
            if (!port.optional() && !connected(con)) {
                throw userError(getName() + " needs a '" + con + "' connection for its input '" + port.name() + "' ("
                    + port.description() + ").");
            }
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
            throw new WekaException(getName() + " cannot take a '" + con + "' connection.");
        }
        Object payload = data.getPrimaryPayload();
        if (payload instanceof Instances i && StepManager.CON_DATASET.equals(con)) {
            received.put(con, i);
        } else if (payload instanceof NetworkPayload n && CON_NETWORK.equals(con)) {
            received.put(con, n);
        } else {
            throw new WekaException(getName() + " got " + (payload == null ? "nothing" : payload.getClass().getName())
                + " on its '" + con + "' connection.");
        }
        for (String c : inputConnections()) {
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
            throw userError(e.getMessage());
        } catch (CancelledException e) {
            getStepManager().interrupted();
            return;
        }
        for (String w : result.warnings()) {
            getStepManager().logWarning(w);
        }
        send(s, result, data, in);
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

    private void send(S s, NodeResult result, Instances data, PortValue[] in) throws WekaException {
        List<PortDef> outputs = node().info().outputs();
        List<Data> out = new ArrayList<>();
        boolean firstTable = true;
        for (int i = 0; i < outputs.size(); i++) {
            PortDef def = outputs.get(i);
            PortValue v = result.output(i);
            String title = getName() + " - " + def.name();
            if (v instanceof NetworkPortObject n) {
                getStepManager().logBasic(def.name() + ": " + n.summary());
                if (outgoing(CON_NETWORK)) {
                    Data d = new Data(CON_NETWORK, new NetworkPayload(n));
                    d.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, title);
                    out.add(d);
                }
                continue;
            }
            Table table = (Table) v;
            Table full = def.appendsTo() >= 0 ? Matrices.append((Table) in[def.appendsTo()], table) : table;
            getStepManager().logBasic(def.name() + ": " + full.rows() + " rows, columns " + full.spec().names());
            if (firstTable && outgoing(StepManager.CON_DATASET)) {
                Instances instances = def.appendsTo() >= 0 && data != null
                    ? WekaTables.append(data, table, title) : WekaTables.toInstances(full, title);
                Data d = new Data(StepManager.CON_DATASET, instances);
                d.setPayloadElement(StepManager.CON_AUX_DATA_SET_NUM, 1);
                d.setPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM, 1);
                out.add(d);
            }
            firstTable = false;
            if (outgoing(StepManager.CON_TEXT)) {
                Data d = new Data(StepManager.CON_TEXT, WekaTables.csv(full));
                d.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, title);
                out.add(d);
            }
        }
        if (producesImage() && outgoing(StepManager.CON_IMAGE)) {
            Data d = new Data(StepManager.CON_IMAGE, image(s, result));
            d.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, getName());
            out.add(d);
        }
        if (!out.isEmpty()) {
            getStepManager().outputData(out.toArray(new Data[0]));
        }
    }

    private boolean outgoing(String con) {
        return getStepManager().numOutgoingConnectionsOfType(con) > 0;
    }

    /**
     * An error in the user's data or settings: the message says what to do, so the log shows it without a stack
     * trace. Thrown from {@code processIncoming}, KnowledgeFlow logs it as an error of this step and stops the flow.
     */
    static WekaException userError(String message) {
        WekaException e = new WekaException(message);
        e.setStackTrace(new StackTraceElement[0]);
        return e;
    }
}
