package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lnet.node.table.ColumnSpec;
import org.lnet.node.table.ColumnType;
import org.lnet.node.table.Table;
import org.lnet.node.table.TableSpec;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/** Instances to neutral tables and back, and tables as exact CSV. */
class WekaTablesTest {

    static Instances mixed() throws ParseException {
        ArrayList<Attribute> atts = new ArrayList<>();
        atts.add(new Attribute("x"));
        atts.add(new Attribute("color", List.of("red", "blue")));
        atts.add(new Attribute("name", (List<String>) null));
        atts.add(new Attribute("when", "yyyy-MM-dd"));
        Instances d = new Instances("mixed", atts, 2);
        d.add(new DenseInstance(1, new double[] {1.5, 1, d.attribute(2).addStringValue("a, b"),
            d.attribute(3).parseDate("2021-07-18")}));
        d.add(new DenseInstance(1, new double[] {Utils.missingValue(), Utils.missingValue(), Utils.missingValue(),
            Utils.missingValue()}));
        return d;
    }

    @Test
    void numbersAreNumericEverythingElseTextAndMissingStaysMissing() throws ParseException {
        Table t = WekaTables.toTable(mixed());
        assertEquals(TableSpec.of(new ColumnSpec("x", ColumnType.DOUBLE), new ColumnSpec("color", ColumnType.STRING),
            new ColumnSpec("name", ColumnType.STRING), new ColumnSpec("when", ColumnType.STRING)), t.spec());
        assertEquals(List.of("1", "2"), List.of(t.rowId(0), t.rowId(1)), "Weka's 1-based instance numbers");
        assertEquals(1.5, t.getDouble(0, 0));
        assertEquals("blue", t.getString(1, 0));
        assertEquals("a, b", t.getString(2, 0));
        assertEquals("2021-07-18", t.getString(3, 0), "a date is not a number here");
        for (int c = 0; c < 4; c++) {
            assertTrue(t.isMissing(c, 1));
        }
    }

    @Test
    void tablesBecomeInstancesWithNamedRowsAsAFirstAttribute() {
        Table theta = Table.builder(TableSpec.reals(List.of("y"))).addRow("x1", 0.25).addRow("x2", -1.0).build();
        Instances i = WekaTables.toInstances(theta, "Θ̂");
        assertEquals("Θ̂", i.relationName());
        assertEquals(WekaTables.ROW_ID, i.attribute(0).name());
        assertTrue(i.attribute(0).isNominal());
        assertEquals("x2", i.instance(1).stringValue(0));
        assertEquals(-1.0, i.instance(1).value(1));
        assertEquals(-1, i.classIndex());

        Table plain = Table.builder(TableSpec.of(new ColumnSpec("h", ColumnType.LONG),
            new ColumnSpec("ok", ColumnType.BOOLEAN), new ColumnSpec("what", ColumnType.STRING),
            ColumnSpec.real("v"))).addCells(5L, true, "n", null).build();
        Instances p = WekaTables.toInstances(plain, "plain");
        assertEquals(4, p.numAttributes(), "default row ids Row0, Row1, ... are not an attribute");
        assertTrue(p.attribute(0).isNumeric());
        assertEquals("true", p.instance(0).stringValue(1));
        assertTrue(p.attribute(2).isString());
        assertTrue(p.instance(0).isMissing(3));
    }

    @Test
    void appendedColumnsKeepTheDataAndItsClass() throws ParseException {
        Instances d = mixed();
        d.setClassIndex(1);
        Table extra = Table.builder(TableSpec.reals(List.of("Prediction (x)"))).addRow("1", 3.0).addRow("2", 4.0)
            .build();
        Instances out = WekaTables.append(d, extra, "with predictions");
        assertEquals(5, out.numAttributes());
        assertEquals(1, out.classIndex());
        assertEquals(4.0, out.instance(1).value(4));
        assertEquals("a, b", out.instance(0).stringValue(2));
        assertEquals(4, d.numAttributes(), "the input is not modified");
    }

    @Test
    void csvKeepsEveryDigitAndQuotesWhatNeedsIt() {
        Table t = Table.builder(TableSpec.of(ColumnSpec.real("v"), new ColumnSpec("s", ColumnType.STRING)))
            .addCells(1.2345678901234567e-20, "a,b").addCells(null, "?").addCells(0.1, "plain").build();
        String csv = WekaTables.csv(t);
        assertEquals("v,s\n1.2345678901234567E-20,\"a,b\"\n?,\"?\"\n0.1,plain\n", csv);
        assertEquals(1.2345678901234567e-20, Double.parseDouble(TestCsv.parse(csv).text(0, "v")));
        Table named = Table.builder(TableSpec.reals(List.of("y"))).addRow("x 1", 2.0).build();
        assertEquals("row,y\n\"x 1\",2.0\n", WekaTables.csv(named));
        assertFalse(WekaTables.namedRows(t));
    }

    /**
     * A node decomposing instances streams them from Weka (the view is not copied): the same decomposition as the
     * engine fed the same numbers in the same order (bit for bit), and a missing value named by its instance number.
     */
    @Test
    void decomposingStreamsInstancesWithTheirNumbersInMessages() {
        ArrayList<Attribute> atts = new ArrayList<>(List.of(new Attribute("a"), new Attribute("b"), new Attribute("y")));
        Instances data = new Instances("stream", atts, 2000);
        org.lnet.engine.data.DataAccumulator acc = new org.lnet.engine.data.DataAccumulator(2, 1);
        for (int r = 0; r < 2000; r++) {
            double[] v = {Math.sin(r), 1.0 / (r + 1), r % 3};
            data.add(new DenseInstance(1, v));
            acc.add(new double[] {v[0], v[1]}, new double[] {v[2]});
        }
        org.lnet.engine.data.DataDecomposition streamed = org.lnet.node.table.Matrices.decompose(WekaTables.toTable(data),
            List.of("a", "b"), "inputColumns", List.of("y"), "targetColumns", 0, 0, org.lnet.engine.Progress.NONE);
        org.junit.jupiter.api.Assertions.assertArrayEquals(acc.finish().minNormSolution().data,
            streamed.minNormSolution().data, 0.0);
        data.instance(1500).setMissing(1);
        org.lnet.engine.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
            org.lnet.engine.InvalidInputException.class, () -> org.lnet.node.table.Matrices.decompose(
                WekaTables.toTable(data), List.of("a", "b"), "inputColumns", List.of("y"), "targetColumns", 0, 0,
                org.lnet.engine.Progress.NONE));
        assertTrue(e.getMessage().startsWith("Missing value in input column 'b', row '1501'"), e.getMessage());
    }
}
