package org.lnet.weka;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.MapSettingsStore;
import org.lnet.node.Parameter;

/** A step's bean properties as the node layer sees them, and values other than the defaults, for round trips. */
public final class StepSettings {

    private StepSettings() {
    }

    /**
     * A valid text other than the default for each parameter, including values Weka's JSON cannot hold as numbers
     * (1e-10, negative whole numbers, longs beyond int).
     */
    public static Map<String, Object> nonDefaults(LinearNetworkNode<?> node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : node.parameters()) {
            out.put(p.key(), switch (p.kind()) {
                case DOUBLE -> p.key().equals("alpha") ? "0.375" : p.key().equals("rcond") ? "1e-10"
                    : p.key().equals("delta") ? "0.05" : "2.5e-7";
                case LONG -> p.key().equals("seed") ? "-9007199254740993"
                    : p.key().equals("width") ? "3000000000" : p.key().equals("threads") ? "2" : "7";
                case BOOLEAN -> !(Boolean) p.defaultValue();
                case CHOICE -> p.choices().stream().filter(c -> !c.equals(p.defaultValue())).findFirst().orElseThrow();
                case TEXT -> "10, 20, 40";
                case COLUMNS -> p.columnRole() == Parameter.ColumnRole.INPUTS ? "x 1, \"quoted\", x,3" : "y";
            });
        }
        return out;
    }

    /** The step's bean properties (text) as a node-layer settings store. */
    public static MapSettingsStore store(LnetStep<?> step) throws Exception {
        MapSettingsStore s = new MapSettingsStore();
        for (Parameter p : step.node().parameters()) {
            Object v = new PropertyDescriptor(p.key(), step.getClass()).getReadMethod().invoke(step);
            p.writeText(s, v.toString());
        }
        return s;
    }

    /**
     * A saved flow (JSON) as an older version would have saved it, without one step property: the property's line
     * goes, and the line before it loses its comma if the removed line was the last of its object. The flow's own
     * "steps" array is not a property, even though a setting is called "steps" too.
     */
    public static String withoutProperty(String json, String key) {
        List<String> lines = json.lines().toList();
        int i = -1;
        for (int j = 0; j < lines.size(); j++) {
            String t = lines.get(j).trim();
            if (t.startsWith("\"" + key + "\" : ") && !t.endsWith("[")) {
                i = j;
            }
        }
        if (i < 0) {
            throw new IllegalArgumentException(key + " is not saved in " + json);
        }
        List<String> kept = new ArrayList<>(lines);
        kept.remove(i);
        if (!lines.get(i).trim().endsWith(",")) {
            kept.set(i - 1, kept.get(i - 1).replaceAll(",\\s*$", ""));
        }
        return String.join("\n", kept);
    }
}
