package org.lnet.it.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.lnet.it.Artifacts;

/** The OSGi version of bundle and feature: 0.1.0.v + the time of the commit the build was made from. */
class OsgiVersionTest {

    @Test
    void qualifierIsTheLastCommitsTimeInUtc() throws Exception {
        Path repo = Artifacts.path("lnet.plugin.dir").getParent();
        // asked of git itself, not of the plugin that computed the qualifier
        long seconds = Long.parseLong(git(repo, "log", "-1", "--format=%ct").trim());
        String expected = "v" + DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC)
            .format(Instant.ofEpochSecond(seconds));
        assertEquals("0.1.0." + expected, Artifacts.osgiVersion());
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
        return out;
    }
}
