package org.lnet.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ejml.data.DMatrixRMaj;
import org.lnet.engine.InvalidInputException;

/**
 * The driver's small outputs (Θ̂, summaries, sweep tables) on any Hadoop file system (local, HDFS, S3, ...): each file
 * is written beside its target under a temporary name and renamed only when all of them are written, so a failed job
 * leaves no half-written result.
 */
final class Outputs {
    private final Configuration conf;
    private final Map<String, String> files = new LinkedHashMap<>();

    Outputs(Configuration conf) {
        this.conf = conf;
    }

    void put(String path, String text) {
        files.put(path, text);
    }

    void commit() {
        List<Path[]> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = new Path(f.getKey());
                FileSystem fs = target.getFileSystem(conf);
                fs.setWriteChecksum(false);
                Path tmp = new Path(target.getParent(), "." + target.getName() + ".part");
                try (FSDataOutputStream out = fs.create(tmp, true)) {
                    out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                }
                written.add(new Path[] {tmp, target});
            }
            for (Path[] w : written) {
                FileSystem fs = w[1].getFileSystem(conf);
                fs.delete(w[1], false);
                if (!fs.rename(w[0], w[1])) {
                    throw new IOException("could not rename " + w[0] + " to " + w[1]);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("out", "Cannot write the results (" + e.getMessage() + "): check that the "
                + "output folder exists and is writable.");
        }
    }

    /** JSON of maps, lists, arrays, numbers and strings; NaN and infinities, which JSON lacks, become null. */
    static String json(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(finite(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object finite(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? d : null;
        }
        if (v instanceof double[] a) {
            List<Double> out = new ArrayList<>(a.length);
            for (double d : a) {
                out.add(Double.isFinite(d) ? d : null);
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, finite(x)));
            return out;
        }
        return v;
    }

    /** A CSV line: a field with a comma, quote or line break is quoted, doubles in their shortest exact form. */
    static String csvLine(List<?> fields) {
        StringBuilder b = new StringBuilder();
        for (Object f : fields) {
            if (b.length() > 0) {
                b.append(',');
            }
            String s = String.valueOf(f);
            b.append(s.matches(".*[,\"\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return b.append('\n').toString();
    }

    /** Records as CSV, one column per record component, named as the component. */
    static String csv(List<? extends Record> rows, Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> header = new ArrayList<>();
        for (RecordComponent c : components) {
            header.add(c.getName());
        }
        StringBuilder b = new StringBuilder(csvLine(header));
        for (Record r : rows) {
            List<Object> cells = new ArrayList<>();
            for (RecordComponent c : components) {
                try {
                    cells.add(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            b.append(csvLine(cells));
        }
        return b.toString();
    }

    /**
     * A matrix as CSV with named rows: first column {@code nameColumn} with the row names, then one column per name in
     * {@code columns}; the layout of Θ̂ (one row per input, one column per target) that predict reads back.
     */
    static String namedMatrix(DMatrixRMaj m, String nameColumn, List<String> rows, List<String> columns) {
        List<String> header = new ArrayList<>();
        header.add(nameColumn);
        header.addAll(columns);
        StringBuilder b = new StringBuilder(csvLine(header));
        for (int i = 0; i < m.numRows; i++) {
            List<Object> cells = new ArrayList<>();
            cells.add(rows.get(i));
            for (int j = 0; j < m.numCols; j++) {
                cells.add(m.get(i, j));
            }
            b.append(csvLine(cells));
        }
        return b.toString();
    }
}
