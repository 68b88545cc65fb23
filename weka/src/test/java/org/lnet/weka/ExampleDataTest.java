package org.lnet.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed example data are what {@link ExampleData} draws (regenerate with its main if that changes). */
class ExampleDataTest {

    @Test
    void committedDataAreTheGeneratorsOutput() throws IOException {
        for (Map.Entry<String, String> e : ExampleData.files().entrySet()) {
            assertEquals(e.getValue(), Files.readString(KfRun.EXAMPLES.resolve("data").resolve(e.getKey()),
                StandardCharsets.UTF_8), e.getKey());
        }
    }

    @Test
    void regressionDataHaveTheDocumentedShape() {
        TestCsv csv = TestCsv.parse(ExampleData.regression());
        assertEquals(java.util.List.of("x1", "x2", "x3", "x4", "x5", "x6", "one", "y"), csv.header);
        assertEquals(40, csv.rows.size());
        for (int r = 0; r < 40; r++) {
            assertEquals(1.0, csv.value(r, "one"));
        }
        TestCsv sweep = TestCsv.parse(ExampleData.figure1());
        assertEquals(82, sweep.header.size());
        assertEquals(20, sweep.rows.size());
    }
}
