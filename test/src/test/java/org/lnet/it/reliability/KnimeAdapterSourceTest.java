package org.lnet.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check behind the matrix's KNIME column ({@link KnimeColumn#verifyAdapter}) accepts the plugin as it is and
 * rejects adapters that would change what the user sees: a different message, a catch that swallows everything, a
 * cancel that is not passed on. Without these, a check that accepted anything would make the column a guess.
 */
class KnimeAdapterSourceTest {

    static final Path PLUGIN = Path.of(System.getProperty("lnet.plugin.dir", "../plugin"));
    static final String BASE = "src/main/java/org/lnet/knime/base/";

    @TempDir
    Path dir;

    @Test
    void thePluginPassesTheNodeLayersMessagesAndCancellationThrough() {
        List<String> facts = KnimeColumn.verifyAdapter(PLUGIN);
        assertEquals(List.of("settings: node.load", "validateSettings: node.load", "configure: node.configure",
            "execute: node.execute", "checkCanceled: CanceledExecutionException -> CancelledException",
            "loadValidatedSettingsFrom: a key absent from older settings -> its default (loadOrDefault)"), facts);
    }

    @Test
    void aChangedMessageIsCaught() throws IOException {
        Path copy = mutated("LnetNodeModel.java", "throw new InvalidSettingsException(e.getMessage(), e);\n        }\n"
            + "        PortObjectSpec[]", "throw new InvalidSettingsException(\"Configure failed\", e);\n        }\n"
            + "        PortObjectSpec[]");
        AssertionError e = assertThrows(AssertionError.class, () -> KnimeColumn.verifyAdapter(copy));
        assertTrue(e.getMessage().contains("configure: node.configure is not inside a try"), e.getMessage());
    }

    @Test
    void aCatchAllIsCaught() throws IOException {
        Path copy = mutated("LnetNodeModel.java", "        } catch (CancelledException e) {",
            "        } catch (Exception e) {\n            throw e;\n        } catch (CancelledException e) {");
        AssertionError e = assertThrows(AssertionError.class, () -> KnimeColumn.verifyAdapter(copy));
        assertTrue(e.getMessage().contains("catches Exception"), e.getMessage());
    }

    @Test
    void aCancelThatIsNotPassedOnIsCaught() throws IOException {
        Path copy = mutated("KnimeProgress.java", "throw new CancelledException();", "return;");
        AssertionError e = assertThrows(AssertionError.class, () -> KnimeColumn.verifyAdapter(copy));
        assertTrue(e.getMessage().contains("KnimeProgress.checkCanceled"), e.getMessage());
    }

    @Test
    void olderSettingsThatWouldNotTakeTheirDefaultsAreCaught() throws IOException {
        Path copy = mutated("LnetSettingsModels.java", "if (settings.containsKey(p.key())) {", "if (true) {");
        AssertionError e = assertThrows(AssertionError.class, () -> KnimeColumn.verifyAdapter(copy));
        assertTrue(e.getMessage().contains("loadOrDefault"), e.getMessage());
    }

    /** A copy of the adapter's sources with one text replaced in one file (which must contain it). */
    private Path mutated(String file, String from, String to) throws IOException {
        Files.createDirectories(dir.resolve(BASE));
        for (String f : List.of("LnetNodeModel.java", "KnimeProgress.java", "LnetSettingsModels.java")) {
            String text = Files.readString(PLUGIN.resolve(BASE + f));
            if (f.equals(file)) {
                assertTrue(text.contains(from), f + " no longer contains: " + from);
                text = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
            }
            Files.writeString(dir.resolve(BASE + f), text);
        }
        return dir;
    }
}
