package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lnet.knime.build.ExampleWorkflows;
import org.lnet.knime.build.KnimeNames;
import org.lnet.node.LinearNetworkNode;
import org.lnet.node.nodes.Nodes;

/**
 * The committed examples/knime/*.knwf, read with the independent {@link XmlConfigReader} and checked against the
 * loader rules of {@link KnwfRules}, which are taken from KNIME's persistor sources (FileWorkflowPersistor,
 * WorkflowLoadHelper, LoadVersion, FileNodeContainerMetaPersistor, FileSingleNodeContainerPersistor,
 * FileNativeNodeContainerPersistor, NodeAndBundleInformationPersistor, FileNodePersistor, XMLContentHandler,
 * metadata-1.0.xsd; see there for the paths) at the floor 5.1.0 and at the newest commit. The second half breaks one
 * rule at a time in a copy of an example and checks that exactly that is reported, so the checks can fail.
 */
@Tag("slow")
class KnwfFormatTest {

    private static final KnimeNodeFacts FACTS = KnimeNodeFacts.load();

    static Map<String, byte[]> committedEntries(String workflow) throws Exception {
        Path file = Path.of(Artifacts.property("lnet.examples.dir"), workflow + ".knwf");
        assertTrue(Files.exists(file), file + " is missing: run ./mvnw -B verify -DupdateExamples");
        return Artifacts.entries(file);
    }

    /** Ports of a factory: ours from the node layer, KNIME's from the recorded facts; null if unknown. */
    static KnwfRules.Ports ports(String factory) {
        for (LinearNetworkNode<?> n : Nodes.all()) {
            if (KnimeNames.factoryClass(n).equals(factory)) {
                return new KnwfRules.Ports(n.info().inputs().size(), n.info().outputs().size());
            }
        }
        KnimeNodeFacts.Node f = FACTS.nodes.get(factory);
        return f == null ? null : new KnwfRules.Ports(f.inPorts(), f.outPorts());
    }

    static Stream<String> workflows() {
        return ExampleWorkflows.all().stream().map(w -> w.name());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyExampleSatisfiesKnimesLoaderRules(String workflow) throws Exception {
        assertEquals(List.of(), KnwfRules.check(committedEntries(workflow), KnwfFormatTest::ports));
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyExampleIsSavedAsKnime51SavesAndByNoNewerRelease(String workflow) throws Exception {
        XmlConfigReader.Cfg w = XmlConfigReader.read("workflow.knime", committedEntries(workflow)
            .get(workflow + "/workflow.knime"));
        // LoadVersion.latest() at 5.1.0 (and still at HEAD) is V5100 = "5.1.0"; created_by is KNIMEConstants.VERSION
        assertEquals(KnwfRules.LOAD_VERSIONS.get(KnwfRules.LOAD_VERSIONS.size() - 1), w.string("version"));
        assertEquals(KnwfRules.FLOOR, w.string("created_by"));
    }

    private static Map<String, byte[]> edit(String path, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(committedEntries("LinearNetworks_MinNorm_vs_Trained"));
        String key = "LinearNetworks_MinNorm_vs_Trained/" + path;
        String before = new String(entries.get(key), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertTrue(!after.equals(before), "the edit of " + path + " changed nothing");
        entries.put(key, after.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static void assertReported(Map<String, byte[]> entries, String expected) {
        List<String> problems = KnwfRules.check(entries, KnwfFormatTest::ports);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }

    @Test
    void aWorkflowFromTheFutureIsReported() throws Exception {
        assertReported(edit("workflow.knime", s -> s.replace("key=\"version\" type=\"xstring\" value=\"5.1.0\"",
            "key=\"version\" type=\"xstring\" value=\"5.9.0\"")), "is no LoadVersion");
        assertReported(edit("workflow.knime", s -> s.replace("key=\"created_by\" type=\"xstring\" value=\"5.1.0\"",
            "key=\"created_by\" type=\"xstring\" value=\"5.8.0.v202510020824\"")), "newer than 5.1.0");
    }

    @Test
    void aMissingOrMistypedNodeEntryIsReported() throws Exception {
        assertReported(edit("workflow.knime", s -> s.replaceFirst("\"node_type\" type=\"xstring\" value=\"NativeNode\"",
            "\"node_type\" type=\"xstring\" value=\"Native\"")), "is not a NodeType");
        assertReported(edit("workflow.knime", s -> s.replaceFirst("\"id\" type=\"xint\"", "\"id\" type=\"xlong\"")),
            "/id must be an entry of type xint (found xlong)");
        assertReported(edit("workflow.knime", s -> s.replace("(#2)/settings.xml", "(#2)/node.xml")),
            "must be <node folder>/settings.xml");
    }

    @Test
    void aConnectionToAPortThatDoesNotExistIsReported() throws Exception {
        // connection_0 joins the CSV Reader (node 1) to Min-Norm Regression (node 2, one input)
        assertReported(edit("workflow.knime", s -> s.replaceFirst(
            "(?<head><config key=\"connection_0\">[\\s\\S]*?key=\"destPort\" type=\"xint\" value=\")1\"",
            "${head}2\"")),
            "no input port 2");
    }

    @Test
    void aBrokenNodeSettingsFileIsReported() throws Exception {
        String csv = "CSV Reader (#1)/settings.xml";
        assertReported(edit(csv, s -> s.replace("value=\"IDLE\"", "value=\"READY\"")), "no InternalNodeContainerState");
        assertReported(edit(csv, s -> s.replace("key=\"hasContent\" type=\"xboolean\" value=\"false\"",
            "key=\"hasContent\" type=\"xstring\" value=\"false\"")), "hasContent must be an entry of type xboolean");
        assertReported(edit(csv, s -> s.replace("<config key=\"filestores\">", "<config key=\"filestore\">")),
            "filestores must be a config (absent)");
        assertReported(edit(csv, s -> s.replace("CacheSmallInMemory", "CacheSome")), "is no MemoryPolicy");
        assertReported(edit(csv, s -> s.replace("key=\"index\" type=\"xint\" value=\"1\"",
            "key=\"index\" type=\"xint\" value=\"2\"")), "index 2 is no output port");
    }

    @Test
    void xmlKnimeCannotReadIsReported() throws Exception {
        assertReported(edit("workflow.knime", s -> s.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE config SYSTEM \"http://127.0.0.1:9/x.dtd\">\n")),
            "it contains a DOCTYPE declaration");
        assertReported(edit("workflow.knime", s -> s.replaceFirst("type=\"xboolean\" value=\"false\"",
            "type=\"xboolean\" value=\"no\"")), "'no' is not a valid xboolean");
        assertReported(edit("workflow.knime", s -> s.replaceFirst("<config key=\"nodes\">",
            "<config key=\"nodes\"><value/>")), "'value' is not a valid tag name");
        assertReported(edit("workflow-metadata.xml", s -> s.replace("text/plain", "text/markdown")),
            "content-type must be text/plain or text/html");
    }
}
