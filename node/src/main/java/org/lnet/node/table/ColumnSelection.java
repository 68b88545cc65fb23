package org.lnet.node.table;

import java.util.ArrayList;
import java.util.List;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.network.NetworkSpec;

/**
 * The input columns X and target columns Y a node uses, resolved against a table spec. The rules, shared by every
 * node and host:
 * <ul>
 *   <li>chosen columns must exist and be numeric, and no column may be both an input and a target;</li>
 *   <li>no targets chosen: the connected network's target columns if the table has them all, else the last
 *       numeric column;</li>
 *   <li>no inputs chosen: the connected network's input columns if the table has them all (and none is a
 *       target), else every numeric column that is not a target.</li>
 * </ul>
 *
 * @param inputs the D input column names, in the order they enter X
 * @param targets the m target column names, in the order they enter Y
 */
public record ColumnSelection(List<String> inputs, List<String> targets) {

    public ColumnSelection {
        inputs = List.copyOf(inputs);
        targets = List.copyOf(targets);
    }

    /**
     * @param chosenInputs the user's input columns, empty for the automatic choice
     * @param chosenTargets the user's target columns, empty for the automatic choice
     * @param network the connected network's spec, or null; its column names are the preferred defaults
     * @throws InvalidInputException naming the column or setting at fault
     */
    public static ColumnSelection resolve(TableSpec spec, List<String> chosenInputs, List<String> chosenTargets,
                                          NetworkSpec network) {
        List<String> numeric = spec.numericNames();
        if (numeric.isEmpty()) {
            throw new InvalidInputException("inputColumns", "The input table has no numeric columns" + describe(spec)
                + ": inputs and targets must be number columns; convert or select numeric data first.");
        }
        List<String> targets;
        if (!chosenTargets.isEmpty()) {
            targets = checked(spec, chosenTargets, "target", "targetColumns");
        } else if (network != null && allNumeric(spec, network.targetColumns())) {
            targets = network.targetColumns();
        } else {
            targets = List.of(numeric.get(numeric.size() - 1));
        }
        List<String> inputs;
        if (!chosenInputs.isEmpty()) {
            inputs = checked(spec, chosenInputs, "input", "inputColumns");
            for (String t : targets) {
                if (inputs.contains(t)) {
                    throw new InvalidInputException("inputColumns", "Column '" + t + "' is selected both as an input "
                        + "and as a target: a column can only be one of them.");
                }
            }
        } else if (network != null && allNumeric(spec, network.inputColumns())
            && network.inputColumns().stream().noneMatch(targets::contains)) {
            inputs = network.inputColumns();
        } else {
            inputs = new ArrayList<>(numeric);
            inputs.removeAll(targets);
        }
        if (inputs.isEmpty()) {
            throw new InvalidInputException("inputColumns", "No input columns are left: the table's only numeric "
                + "columns " + numeric + " are all targets. Select input columns or fewer targets.");
        }
        return new ColumnSelection(inputs, targets);
    }

    /** Only inputs (for prediction): the chosen ones, else the network's, else all numeric columns. */
    public static List<String> resolveInputs(TableSpec spec, List<String> chosenInputs, NetworkSpec network) {
        if (!chosenInputs.isEmpty()) {
            return checked(spec, chosenInputs, "input", "inputColumns");
        }
        if (network != null && allNumeric(spec, network.inputColumns())) {
            return network.inputColumns();
        }
        List<String> numeric = spec.numericNames();
        if (numeric.isEmpty()) {
            throw new InvalidInputException("inputColumns", "The input table has no numeric columns" + describe(spec)
                + ": the network needs number columns as inputs.");
        }
        return numeric;
    }

    private static boolean allNumeric(TableSpec spec, List<String> names) {
        for (String n : names) {
            int i = spec.indexOf(n);
            if (i < 0 || !spec.column(i).type().isNumeric()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> checked(TableSpec spec, List<String> names, String role, String setting) {
        for (String n : names) {
            int i = spec.indexOf(n);
            if (i < 0) {
                throw new InvalidInputException(setting, "Column '" + n + "', selected as " + role
                    + ", is not in the input table" + describe(spec) + ": re-select the " + role + " columns.");
            }
            ColumnType t = spec.column(i).type();
            if (!t.isNumeric()) {
                throw new InvalidInputException(setting, "Column '" + n + "', selected as " + role + ", is a "
                    + t.description() + " column: " + role + "s must be number columns.");
            }
        }
        return List.copyOf(names);
    }

    private static String describe(TableSpec spec) {
        List<String> names = spec.names();
        if (names.isEmpty()) {
            return " (it has no columns)";
        }
        String shown = names.size() <= 12 ? String.join(", ", names)
            : String.join(", ", names.subList(0, 12)) + ", ... (" + names.size() + " columns)";
        return " (columns: " + shown + ")";
    }
}
