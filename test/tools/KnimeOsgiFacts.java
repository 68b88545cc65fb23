import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Developer tool (not run by the build): copies, from bare clones of KNIME's public repositories, the facts the OSGi
 * resolution tests need into test/src/test/resources/org/lnet/it/osgi/knime-bundles.properties. For every release
 * (tag analytics-platform/X.Y.0, and the newest commit of the default branch as "HEAD") and for each KNIME bundle our
 * bundle uses, directly or re-exported (org.knime.core in knime/knime-core, org.knime.core.util in
 * knime/knime-shared): the commit, its time, Bundle-SymbolicName, Bundle-Version, Export-Package, the Require-Bundle
 * clauses naming the other bundle of the list, and which of the KNIME classes our built bundle references have their
 * source file in that bundle's source folders (build.properties "source.*").
 *
 * <pre>
 *   git clone --bare https://github.com/knime/knime-core   knime-core.git
 *   git clone --bare https://github.com/knime/knime-shared knime-shared.git
 *   ./mvnw -B -o package -pl plugin -am -DskipTests
 *   java test/tools/KnimeOsgiFacts.java knime-core.git knime-shared.git plugin/target/org.lnet.knime-*.jar \
 *       &gt; test/src/test/resources/org/lnet/it/osgi/knime-bundles.properties
 * </pre>
 */
public class KnimeOsgiFacts {

    /** The releases recorded: 5.0.0 (below our floor), every minor release from the floor on, and the head. */
    static final List<String> RELEASES = List.of("5.0.0", "5.1.0", "5.2.0", "5.3.0", "5.4.0", "5.5.0", "5.6.0",
        "5.7.0", "5.8.0", "5.9.0", "5.10.0", "5.11.0", "HEAD");

    record Bundle(String name, String repository, int mirror) {
    }

    static final List<Bundle> BUNDLES = List.of(new Bundle("org.knime.core", "knime/knime-core", 0),
        new Bundle("org.knime.core.util", "knime/knime-shared", 1));

    static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java KnimeOsgiFacts.java <knime-core.git> <knime-shared.git> <org.lnet.knime jar>");
            System.exit(2);
        }
        String[] mirrors = {args[0], args[1]};
        TreeSet<String> used = referencedKnimeClasses(Path.of(args[2]));
        StringBuilder out = new StringBuilder();
        out.append("# Facts copied from KNIME's public sources by test/tools/KnimeOsgiFacts.java: do not edit by hand.\n");
        out.append("# <release>.<bundle>.<key>; 'source' = repository, tag (or HEAD), commit, file the values come from;\n");
        out.append("# 'commitTime' = that commit's time (UTC), used as the stand-in's version qualifier; 'classes' = the\n");
        out.append("# KNIME classes our bundle's bytecode references whose source file lies in the bundle's source folders.\n");
        out.append("releases=").append(String.join(",", RELEASES)).append('\n');
        out.append("bundles=");
        out.append(String.join(",", BUNDLES.stream().map(Bundle::name).toList())).append("\n");
        out.append("referencedClasses=").append(list(used)).append("\n");
        for (String release : RELEASES) {
            String ref = release.equals("HEAD") ? "HEAD" : "analytics-platform/" + release;
            TreeSet<String> unplaced = new TreeSet<>(used);
            for (Bundle b : BUNDLES) {
                String git = mirrors[b.mirror()];
                String commit = git(git, "rev-parse", ref + "^{commit}").trim();
                String time = QUALIFIER.format(Instant.ofEpochSecond(Long.parseLong(
                    git(git, "log", "-1", "--format=%ct", commit).trim())));
                String file = b.name() + "/META-INF/MANIFEST.MF";
                Manifest mf = new Manifest(new ByteArrayInputStream(git(git, "show", commit + ":" + file)
                    .getBytes(StandardCharsets.UTF_8)));
                String p = release + "." + b.name() + ".";
                out.append("\n").append(p).append("source=").append(b.repository()).append(' ').append(ref)
                    .append(' ').append(commit).append(' ').append(file).append('\n');
                out.append(p).append("commitTime=").append(time).append('\n');
                for (String h : new String[] {"Bundle-SymbolicName", "Bundle-Version"}) {
                    out.append(p).append(h).append('=').append(mf.getMainAttributes().getValue(h)).append('\n');
                }
                out.append(p).append("Export-Package=").append(list(clauses(
                    mf.getMainAttributes().getValue("Export-Package")))).append('\n');
                List<String> among = new ArrayList<>();
                String requires = mf.getMainAttributes().getValue("Require-Bundle");
                for (String clause : requires == null ? List.<String>of() : clauses(requires)) {
                    String target = clause.split(";", 2)[0].trim();
                    if (BUNDLES.stream().anyMatch(o -> o.name().equals(target))) {
                        among.add(clause);
                    }
                }
                out.append(p).append("Require-Bundle=").append(list(among)).append('\n');
                List<String> roots = sourceFolders(git(git, "show", commit + ":" + b.name() + "/build.properties"));
                out.append(p).append("sourceFolders=").append(String.join(",", roots)).append('\n');
                String tree = git(git, "ls-tree", "-r", "--name-only", commit, b.name() + "/");
                TreeSet<String> here = new TreeSet<>();
                for (String cls : used) {
                    for (String root : roots) {
                        if (tree.contains("\n" + b.name() + "/" + root + cls.replace('.', '/') + ".java\n")
                            || tree.startsWith(b.name() + "/" + root + cls.replace('.', '/') + ".java\n")) {
                            here.add(cls);
                        }
                    }
                }
                unplaced.removeAll(here);
                out.append(p).append("classes=").append(list(here)).append('\n');
            }
            if (!unplaced.isEmpty()) {
                System.err.println(release + ": not found in any recorded bundle: " + unplaced);
            }
        }
        System.out.print(out);
    }

    /** Outer classes named org/knime/... in the constant pools of the jar's classes (nested ones map to their file). */
    static TreeSet<String> referencedKnimeClasses(Path jar) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        Pattern name = Pattern.compile("org/knime/[A-Za-z0-9_/$]+");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    Matcher m = name.matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    while (m.find()) {
                        out.add(m.group().split("\\$", 2)[0].replace('/', '.'));
                    }
                }
            }
        }
        return out;
    }

    /** The "source.&lt;jar&gt; = a/, b/" folders of a PDE build.properties. */
    static List<String> sourceFolders(String buildProperties) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(buildProperties));
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith("source.")) {
                for (String f : p.getProperty(key).split(",")) {
                    String t = f.trim();
                    out.add(t.endsWith("/") ? t : t + "/");
                }
            }
        }
        return out;
    }

    /** Manifest header clauses: commas inside quoted attribute values do not separate clauses. */
    static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().trim());
        }
        return out;
    }

    /** One element per continuation line, so diffs between releases read well. */
    static String list(Iterable<String> items) {
        StringBuilder b = new StringBuilder();
        for (String s : items) {
            b.append(b.length() == 0 ? "" : ",\\\n    ").append(s);
        }
        return b.toString();
    }

    static String git(String gitDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir", gitDir));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String s;
            try (InputStream in = p.getInputStream()) {
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("failed: " + cmd);
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
