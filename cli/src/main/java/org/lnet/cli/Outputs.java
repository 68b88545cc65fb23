package org.lnet.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files a command will write, held back until the command has computed everything, so a failure leaves
 * no output file half-written or out of step with the others.
 */
final class Outputs {
    private final Map<Path, byte[]> pending = new LinkedHashMap<>();

    void put(Path file, String text) {
        put(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void put(Path file, byte[] content) {
        Path key = file.toAbsolutePath().normalize();
        if (pending.containsKey(key)) {
            throw new UsageException("Two outputs would go to the same file " + file + ": give each output its own path.");
        }
        pending.put(key, content);
    }

    void commit() {
        for (Map.Entry<Path, byte[]> e : pending.entrySet()) {
            MatrixCsv.writeAtomically(e.getKey(), e.getValue());
        }
        pending.clear();
    }
}
