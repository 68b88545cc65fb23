package org.lnet.it.reliability;

import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The KNIME column of the matrix. KNIME's classes cannot execute here (the build compiles against a shim whose
 * bodies throw), so this column is what the KNIME adapter shows, which is the node layer's configure/execute outcome
 * translated: {@code InvalidInputException} becomes {@code InvalidSettingsException} with the same message (KNIME shows
 * a configure error on the node, and an execute error as "Execute failed: " + the message), {@code CancelledException}
 * becomes {@code CanceledExecutionException}, and KNIME's cancel button reaches the engine through
 * {@code KnimeProgress}. {@link #verifyAdapter} checks that translation in the plugin's source, with the JDK's own
 * Java parser, so the column is only derived from the node layer when the adapter really passes everything through.
 */
final class KnimeColumn {

    private static final Set<String> NODE_CALLS = Set.of("load", "configure", "execute");

    private KnimeColumn() {
    }

    /**
     * The cell for one case, from the node layer's outcome.
     *
     * @param verified what {@link #verifyAdapter} found (it throws when the adapter does not pass through)
     */
    static String cell(Outcome node, List<String> verified) {
        if (verified.isEmpty()) {
            throw new AssertionError("the KNIME adapter's pass-through has not been verified");
        }
        return switch (node.kind()) {
            case OK -> "ok: node layer's result (not run)";
            case ERROR -> (node.phase().endsWith("configure") ? "configure error" : "execute error")
                + ": same message (not run)";
            case CANCELLED -> "cancelled: CanceledExecutionException (not run)";
            case NA -> "n/a: " + node.text();
        };
    }

    /**
     * Checks the plugin's sources: in {@code LnetNodeModel} every call of the node layer's load, configure and execute
     * sits in a try whose {@code catch (InvalidInputException e)} is exactly
     * {@code throw new InvalidSettingsException(e.getMessage(), e)}; execute's try also turns CancelledException into
     * CanceledExecutionException; no catch swallows Exception, RuntimeException or Throwable; and
     * {@code KnimeProgress.checkCanceled} turns KNIME's cancel into CancelledException.
     *
     * @return one line per verified call, for the report
     */
    static List<String> verifyAdapter(Path pluginDir) {
        Path base = pluginDir.resolve("src/main/java/org/lnet/knime/base");
        CompilationUnitTree model = parse(base.resolve("LnetNodeModel.java"));
        List<String> found = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                if (call.getMethodSelect() instanceof MemberSelectTree sel
                    && sel.getExpression() instanceof IdentifierTree id && id.getName().contentEquals("node")
                    && NODE_CALLS.contains(sel.getIdentifier().toString())) {
                    String method = enclosingMethod(getCurrentPath());
                    TryTree t = enclosingTry(getCurrentPath());
                    if (t == null || !rethrowsWithSameMessage(t)) {
                        throw new AssertionError("LnetNodeModel." + method + ": node." + sel.getIdentifier()
                            + " is not inside a try that rethrows InvalidInputException's message unchanged");
                    }
                    if (sel.getIdentifier().contentEquals("execute") && !catches(t, "CancelledException",
                        "CanceledExecutionException")) {
                        throw new AssertionError("node.execute must turn CancelledException into KNIME's cancel");
                    }
                    found.add(method + ": node." + sel.getIdentifier());
                }
                return super.visitMethodInvocation(call, unused);
            }

            @Override
            public Void visitCatch(CatchTree c, Void unused) {
                String type = c.getParameter().getType().toString();
                if (Set.of("Exception", "RuntimeException", "Throwable", "Error").contains(type)) {
                    throw new AssertionError("LnetNodeModel catches " + type + ": it could hide the node layer's "
                        + "message or a cancellation");
                }
                return super.visitCatch(c, unused);
            }
        }.scan(model, null);
        for (String call : List.of("load", "configure", "execute")) {
            if (found.stream().noneMatch(f -> f.endsWith("node." + call))) {
                throw new AssertionError("LnetNodeModel never calls node." + call + ": the parser found " + found);
            }
        }
        CompilationUnitTree progress = parse(base.resolve("KnimeProgress.java"));
        boolean[] cancel = {false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitTry(TryTree t, Void unused) {
                if (enclosingMethod(getCurrentPath()).equals("checkCanceled")
                    && catches(t, "CanceledExecutionException", "CancelledException")) {
                    cancel[0] = true;
                }
                return super.visitTry(t, unused);
            }
        }.scan(progress, null);
        if (!cancel[0]) {
            throw new AssertionError("KnimeProgress.checkCanceled must turn KNIME's cancel into CancelledException");
        }
        found.add("checkCanceled: CanceledExecutionException -> CancelledException");
        found.add(settingsDefaults(base));
        return found;
    }

    /**
     * Settings saved by an older version: {@code loadValidatedSettingsFrom} loads every model through
     * {@code LnetSettingsModels.loadOrDefault}, which tests {@code settings.containsKey(p.key())} before loading and
     * otherwise sets the parameter's default.
     */
    private static String settingsDefaults(Path base) {
        boolean[] seen = {false, false};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                if (call.getMethodSelect().toString().equals("LnetSettingsModels.loadOrDefault")
                    && enclosingMethod(getCurrentPath()).equals("loadValidatedSettingsFrom")) {
                    seen[0] = true;
                }
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(parse(base.resolve("LnetNodeModel.java")), null);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIf(com.sun.source.tree.IfTree t, Void unused) {
                if (enclosingMethod(getCurrentPath()).equals("loadOrDefault")
                    && t.getCondition().toString().equals("(settings.containsKey(p.key()))")) {
                    seen[1] = true;
                }
                return super.visitIf(t, unused);
            }
        }.scan(parse(base.resolve("LnetSettingsModels.java")), null);
        if (!seen[0] || !seen[1]) {
            throw new AssertionError("LnetNodeModel.loadValidatedSettingsFrom must load each setting with "
                + "LnetSettingsModels.loadOrDefault, which defaults a key absent from older settings");
        }
        return "loadValidatedSettingsFrom: a key absent from older settings -> its default (loadOrDefault)";
    }

    private static CompilationUnitTree parse(Path file) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                files.getJavaFileObjects(file));
            return task.parse().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enclosingMethod(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree m) {
                return m.getName().toString();
            }
        }
        return "?";
    }

    /** The innermost try whose block (not a catch or finally) contains the path. */
    private static TryTree enclosingTry(TreePath path) {
        Tree child = path.getLeaf();
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof TryTree t && t.getBlock() == child) {
                return t;
            }
            child = p.getLeaf();
        }
        return null;
    }

    /** {@code catch (InvalidInputException e) { throw new InvalidSettingsException(e.getMessage(), e); }} */
    private static boolean rethrowsWithSameMessage(TryTree t) {
        for (CatchTree c : t.getCatches()) {
            if (c.getParameter().getType().toString().equals("InvalidInputException")) {
                String e = c.getParameter().getName().toString();
                List<? extends StatementTree> body = c.getBlock().getStatements();
                return body.size() == 1 && body.get(0) instanceof ThrowTree th && th.getExpression().toString()
                    .equals("new InvalidSettingsException(" + e + ".getMessage(), " + e + ")");
            }
        }
        return false;
    }

    /** Whether the try catches {@code caught} and its catch block throws a new {@code thrown}. */
    private static boolean catches(TryTree t, String caught, String thrown) {
        for (CatchTree c : t.getCatches()) {
            if (c.getParameter().getType().toString().equals(caught)) {
                for (StatementTree s : c.getBlock().getStatements()) {
                    if (s instanceof ThrowTree th && th.getExpression().toString().startsWith("new " + thrown + "(")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
