package org.lnet.weka;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.BaseStep;

/** Test step: keeps every payload it receives, on any of the connection types our steps produce. */
public class Capture extends BaseStep {

    private static final long serialVersionUID = 1L;

    private final transient List<Data> received = Collections.synchronizedList(new ArrayList<>());

    public Capture() {
        setName("Capture");
    }

    public Capture(String name) {
        setName(name);
    }

    @Override
    public void stepInit() {
        received.clear();
    }

    @Override
    public List<String> getIncomingConnectionTypes() {
        return List.of(StepManager.CON_DATASET, StepManager.CON_TEXT, StepManager.CON_IMAGE, LnetStep.CON_NETWORK);
    }

    @Override
    public List<String> getOutgoingConnectionTypes() {
        return List.of();
    }

    @Override
    public void processIncoming(Data data) {
        getStepManager().processing();
        received.add(data);
        getStepManager().finished();
    }

    /** The payloads of one connection type, in arrival order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> payloads(String connection) {
        List<T> out = new ArrayList<>();
        synchronized (received) {
            for (Data d : received) {
                if (d.getConnectionName().equals(connection)) {
                    out.add((T) d.getPrimaryPayload());
                }
            }
        }
        return out;
    }

    /** The titles of one connection type's payloads. */
    public List<String> titles(String connection) {
        List<String> out = new ArrayList<>();
        synchronized (received) {
            for (Data d : received) {
                if (d.getConnectionName().equals(connection)) {
                    out.add(d.getPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE));
                }
            }
        }
        return out;
    }
}
