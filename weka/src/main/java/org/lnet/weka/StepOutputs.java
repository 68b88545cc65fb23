package org.lnet.weka;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lnet.node.NodeResult;
import org.lnet.node.PortDef;
import org.lnet.node.PortValue;
import org.lnet.node.network.NetworkPortObject;
import org.lnet.node.table.Matrices;
import org.lnet.node.table.Table;
import weka.core.Instances;
import weka.core.WekaException;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;

/** The outgoing half of {@link LnetStep}: a node's result as KnowledgeFlow data. */
final class StepOutputs {

    private StepOutputs() {
    }

    /**
     * Sends a step's result on its connections: networks on linearNetwork, the first table as Instances on dataSet
     * (appended to the incoming data set where the node appends columns), every table as exact CSV on text, and the
     * chart on image; each output is logged.
     *
     * @param chart draws the chart, null for a step without one
     */
    static void send(LnetStep<?> step, NodeResult result, Instances data, PortValue[] in,
                     Supplier<BufferedImage> chart) throws WekaException {
        StepManager manager = step.getStepManager();
        List<PortDef> outputs = step.node().info().outputs();
        List<Data> out = new ArrayList<>();
        boolean firstTable = true;
        for (int i = 0; i < outputs.size(); i++) {
            PortDef def = outputs.get(i);
            PortValue v = result.output(i);
            String title = step.getName() + " - " + def.name();
            if (v instanceof NetworkPortObject n) {
                manager.logBasic(def.name() + ": " + n.summary());
                if (outgoing(manager, LnetStep.CON_NETWORK)) {
                    Data d = new Data(LnetStep.CON_NETWORK, new NetworkPayload(n));
                    d.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, title);
                    out.add(d);
                }
                continue;
            }
            Table table = (Table) v;
            Table full = def.appendsTo() >= 0 ? Matrices.append((Table) in[def.appendsTo()], table) : table;
            manager.logBasic(def.name() + ": " + full.rows() + " rows, columns " + full.spec().names());
            if (firstTable && outgoing(manager, StepManager.CON_DATASET)) {
                Instances instances = def.appendsTo() >= 0 && data != null
                    ? WekaTables.append(data, table, title) : WekaTables.toInstances(full, title);
                Data d = new Data(StepManager.CON_DATASET, instances);
                d.setPayloadElement(StepManager.CON_AUX_DATA_SET_NUM, 1);
                d.setPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM, 1);
                out.add(d);
            }
            firstTable = false;
            if (outgoing(manager, StepManager.CON_TEXT)) {
                Data d = new Data(StepManager.CON_TEXT, WekaTables.csv(full));
                d.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, title);
                out.add(d);
            }
        }
        if (chart != null && outgoing(manager, StepManager.CON_IMAGE)) {
            Data d = new Data(StepManager.CON_IMAGE, chart.get());
            d.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, step.getName());
            out.add(d);
        }
        if (!out.isEmpty()) {
            manager.outputData(out.toArray(new Data[0]));
        }
    }

    private static boolean outgoing(StepManager manager, String con) {
        return manager.numOutgoingConnectionsOfType(con) > 0;
    }
}
