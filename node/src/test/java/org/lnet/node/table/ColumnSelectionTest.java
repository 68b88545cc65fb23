package org.lnet.node.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lnet.engine.InvalidInputException;
import org.lnet.node.network.NetworkSpec;

class ColumnSelectionTest {

    private static final TableSpec SPEC = TableSpec.of(new ColumnSpec("id", ColumnType.STRING), ColumnSpec.real("a"),
        ColumnSpec.real("b"), new ColumnSpec("c", ColumnType.LONG), ColumnSpec.real("y"));

    private static NetworkSpec network(List<String> inputs, List<String> targets) {
        return new NetworkSpec(inputs.size(), targets.size(), 3, 3, false, 0.5, "random", "", inputs, targets);
    }

    @Test
    void defaultsAreLastNumericTargetAndOtherNumericInputs() {
        ColumnSelection s = ColumnSelection.resolve(SPEC, List.of(), List.of(), null);
        assertEquals(List.of("y"), s.targets());
        assertEquals(List.of("a", "b", "c"), s.inputs());
    }

    @Test
    void chosenTargetsLeaveTheOtherNumericColumnsAsInputs() {
        ColumnSelection s = ColumnSelection.resolve(SPEC, List.of(), List.of("a", "y"), null);
        assertEquals(List.of("b", "c"), s.inputs());
    }

    @Test
    void aConnectedNetworkSuppliesTheDefaultColumns() {
        ColumnSelection s = ColumnSelection.resolve(SPEC, List.of(), List.of(), network(List.of("b", "a"), List.of("c")));
        assertEquals(List.of("b", "a"), s.inputs());
        assertEquals(List.of("c"), s.targets());
    }

    @Test
    void networkColumnsMissingFromTheTableFallBackToTheGeneralDefaults() {
        ColumnSelection s = ColumnSelection.resolve(SPEC, List.of(), List.of(), network(List.of("x1"), List.of("y1")));
        assertEquals(List.of("y"), s.targets());
        assertEquals(List.of("a", "b", "c"), s.inputs());
    }

    @Test
    void unknownColumnIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ColumnSelection.resolve(SPEC, List.of("zz"), List.of(), null));
        assertTrue(e.getMessage().contains("'zz'") && e.getMessage().contains("columns: id, a, b, c, y"), e.getMessage());
        assertEquals("inputColumns", e.subject());
    }

    @Test
    void textColumnIsRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ColumnSelection.resolve(SPEC, List.of(), List.of("id"), null));
        assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("text column"), e.getMessage());
        assertEquals("targetColumns", e.subject());
    }

    @Test
    void aColumnCannotBeInputAndTarget() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ColumnSelection.resolve(SPEC, List.of("a", "y"), List.of("y"), null));
        assertTrue(e.getMessage().contains("'y'") && e.getMessage().contains("both"), e.getMessage());
    }

    @Test
    void aTableWithoutNumbersIsRefused() {
        TableSpec text = TableSpec.of(new ColumnSpec("name", ColumnType.STRING));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ColumnSelection.resolve(text, List.of(), List.of(), null));
        assertTrue(e.getMessage().contains("no numeric columns") && e.getMessage().contains("name"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> ColumnSelection.resolve(new TableSpec(List.of()), List.of(),
            List.of(), null));
    }

    @Test
    void aSingleNumericColumnLeavesNoInputs() {
        TableSpec one = TableSpec.of(ColumnSpec.real("y"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ColumnSelection.resolve(one, List.of(), List.of(), null));
        assertTrue(e.getMessage().contains("No input columns"), e.getMessage());
    }
}
