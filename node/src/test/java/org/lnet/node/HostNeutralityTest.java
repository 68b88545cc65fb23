package org.lnet.node;

import org.lnet.node.nodes.Nodes;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The node layer is shared by the KNIME, Weka and command-line hosts, so its compiled classes must not refer to any
 * of them: the class files' constant pools name every class they use.
 */
class HostNeutralityTest {

    @Test
    void nodeLayerClassesReferToNoHost() throws IOException, URISyntaxException {
        Path root = Path.of(Nodes.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("org/lnet/node");
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertTrue(classes.size() > 20, "found " + classes.size() + " classes under " + root);
        for (Path c : classes) {
            String pool = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            for (String host : new String[] {"org/knime/", "weka/", "org/lnet/cli/", "org/lnet/knime/"}) {
                assertFalse(pool.contains(host), c + " refers to " + host);
            }
        }
    }
}
