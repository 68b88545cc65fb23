package org.lnet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Every Markdown document of the repository stands alone: each relative link (inline {@code [text](path)}, image
 * or reference definition {@code [id]: path}) names a file or folder that exists inside the repository, and no
 * document sends the reader to a file outside it, written as a link or as a path in code ({@code `../x`}).
 */
class MarkdownLinksTest {

    private static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_PATH = Pattern.compile("`(\\.\\./[^`\\s]*)`");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyMarkdownLinkStaysInsideTheRepositoryAndResolves() throws IOException {
        Path root = Path.of(Artifacts.property("lnet.repo.root")).toRealPath();
        List<String> problems = new ArrayList<>();
        List<Path> documents = documents(root);
        assertTrue(documents.size() >= 5, "expected the README and docs/*.md under " + root + ", found " + documents);
        for (Path md : documents) {
            problems.addAll(problems(root, md));
        }
        assertEquals(List.of(), problems, "Markdown links that leave the repository or name no file");
    }

    /** The checker itself finds the three kinds of bad reference, and passes a good one. */
    @Test
    void theCheckerReportsLinksOutsideTheRootAndMissingTargets(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(root.resolve("A.md"), "ok");
        Path md = root.resolve("README.md");
        Files.writeString(md, "[good](A.md#part) [web](https://example.org/x) [out](../design/MATH.md)\n"
                + "[gone](docs/NONE.md) and see `../elsewhere/x.md`\n\n[ref]: ../outside.md\n");
        List<String> found = problems(root, md);
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("../design/MATH.md") && p.contains("outside")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("docs/NONE.md") && p.contains("no such file")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("../elsewhere/x.md")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("../outside.md")), found.toString());
        assertFalse(found.stream().anyMatch(p -> p.contains("A.md#part") || p.contains("example.org")), found.toString());
    }

    private static List<Path> documents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        Path rel = root.relativize(p);
                        for (Path part : rel) {
                            String s = part.toString();
                            if (s.equals("target") || s.equals("node_modules") || s.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        }
    }

    static List<String> problems(Path root, Path md) {
        String text;
        try {
            text = Files.readString(md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String where = root.relativize(md).toString();
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                check(root, md, where, m.group(1), out);
            }
        }
        Matcher code = CODE_PATH.matcher(text);
        while (code.find()) {
            String target = code.group(1);
            if (!md.getParent().resolve(target).normalize().startsWith(root)) {
                out.add(where + ": `" + target + "` names a path outside the repository");
            }
        }
        return out;
    }

    private static void check(Path root, Path md, String where, String target, List<String> out) {
        if (target.startsWith("#") || SCHEME.matcher(target).find()) {
            return;
        }
        String path = target.replaceFirst("#.*$", "").replaceFirst("\\?.*$", "");
        if (path.isEmpty()) {
            return;
        }
        Path resolved = (path.startsWith("/") ? root.resolve(path.substring(1)) : md.getParent().resolve(path)).normalize();
        if (!resolved.startsWith(root)) {
            out.add(where + ": link " + target + " points outside the repository");
        } else if (!Files.exists(resolved)) {
            out.add(where + ": link " + target + " names no such file");
        }
    }
}
