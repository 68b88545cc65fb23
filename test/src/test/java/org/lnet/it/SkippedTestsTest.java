package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No test of the build is skipped silently: every skipped test case in the Surefire and Failsafe reports of the
 * modules built before this one carries a reason of its own ({@code @Disabled("why")}, {@code assumeTrue(cond,
 * "why")}), not JUnit's default text. This module is built last, so the reports of a full build are all there.
 */
class SkippedTestsTest {

    private static final Pattern CASE = Pattern.compile("<testcase\\s[^>]*?name=\"([^\"]*)\"[^>]*?classname=\"([^\"]*)\"[^>]*?(?:/>|>(.*?)</testcase>)", Pattern.DOTALL);
    private static final Pattern SKIPPED = Pattern.compile("<skipped(?:\\s+message=\"([^\"]*)\")?");
    /** An assumption's reason, which Surefire writes into the element's text instead of a message attribute. */
    private static final Pattern ASSUMPTION = Pattern.compile("<skipped[^>]*>(?:<!\\[CDATA\\[)?[\\w.$]+: (Assumption failed: [^\\n]*)");
    /** What JUnit and Surefire write when the author gave no reason. */
    private static final Pattern DEFAULT_REASON = Pattern.compile("is @Disabled$|^Assumption failed: assumption is not true$|^$");

    @Test
    void everySkippedTestOfTheBuildSaysWhy() throws IOException {
        Path root = Path.of(Artifacts.property("lnet.repo.root")).toRealPath();
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                for (String kind : List.of("surefire-reports", "failsafe-reports")) {
                    Path dir = module.resolve("target").resolve(kind);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> files = Files.list(dir)) {
                            files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).forEach(reports::add);
                        }
                    }
                }
            }
        }
        assertTrue(reports.size() > 20, "expected the reports of the engine, CLI and Weka tests under " + root + ": " + reports.size());
        List<String> silent = new ArrayList<>();
        for (Path report : reports) {
            silent.addAll(silentSkips(Files.readString(report)));
        }
        assertEquals(List.of(), silent, "tests skipped without a reason of their own");
    }

    /** The checker flags a skip with JUnit's default reason or none, and passes one with a reason. */
    @Test
    void theCheckerTellsASilentSkipFromAnExplainedOne(@TempDir Path dir) {
        String xml = "<testsuite>"
            + "<testcase name=\"a\" classname=\"C\" time=\"0\"><skipped message=\"void a() is @Disabled\"/></testcase>"
            + "<testcase name=\"b\" classname=\"C\" time=\"0\"><skipped/></testcase>"
            + "<testcase name=\"c\" classname=\"C\" time=\"0\"><skipped message=\"needs a display: DISPLAY is unset\"/></testcase>"
            + "<testcase name=\"d\" classname=\"C\" time=\"0\"/>"
            + "<testcase name=\"e\" classname=\"C\" time=\"0\"><skipped type=\"org.opentest4j.TestAbortedException\">"
            + "<![CDATA[org.opentest4j.TestAbortedException: Assumption failed: needs a display\n\tat C.e]]></skipped></testcase>"
            + "<testcase name=\"f\" classname=\"C\" time=\"0\"><skipped type=\"org.opentest4j.TestAbortedException\">"
            + "<![CDATA[org.opentest4j.TestAbortedException: Assumption failed: assumption is not true\n\tat C.f]]></skipped></testcase>"
            + "</testsuite>";
        assertEquals(List.of("C.a", "C.b", "C.f"), silentSkips(xml));
    }

    static List<String> silentSkips(String xml) {
        List<String> out = new ArrayList<>();
        Matcher c = CASE.matcher(xml);
        while (c.find()) {
            String body = c.group(3);
            if (body == null) {
                continue;
            }
            Matcher s = SKIPPED.matcher(body);
            if (s.find()) {
                Matcher assumption = ASSUMPTION.matcher(body);
                String reason = s.group(1) != null ? s.group(1).trim() : assumption.find() ? assumption.group(1).trim() : "";
                if (DEFAULT_REASON.matcher(reason).find()) {
                    out.add(c.group(2) + "." + c.group(1));
                }
            }
        }
        return out;
    }
}
