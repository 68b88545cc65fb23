import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compares the knime-api shim with KNIME's real sources. For every type the shim declares, and every public or
 * protected member of it, the real declaration must exist with the same kind, modifiers, type parameters,
 * parameter and return types, throws clause and varargs flag; the shim's supertypes must be supertypes of the real
 * type (the shim may leave some out, see knime-api/SIGNATURES.md). The deprecation is compared too: deprecated or
 * not, and the {@code since}/{@code forRemoval} of KNIME's {@code @Deprecated}. Private and package-private shim
 * members are stubs of internals and are not compared.
 *
 * <p>Usage: {@code java ShimCheck.java SHIM_SOURCES REAL_SOURCEPATH CLASSPATH}. Prints one line per difference and a
 * summary; exits 1 when a declaration differs, 3 when only deprecations differ (expected at releases older than the
 * one the shim copies), 0 otherwise. Run by tools/knime-real-compile.sh.
 */
public final class ShimCheck {

    private static final Set<Modifier> API = Set.of(Modifier.PUBLIC, Modifier.PROTECTED, Modifier.PRIVATE,
        Modifier.STATIC, Modifier.FINAL, Modifier.ABSTRACT, Modifier.DEFAULT, Modifier.SEALED, Modifier.NON_SEALED);

    private final Side shim;
    private final Side real;
    private final List<String> problems = new ArrayList<>();
    private int members;

    private record Side(Elements elements, Types types) {
    }

    private ShimCheck(Side shim, Side real) {
        this.shim = shim;
        this.real = real;
    }

    public static void main(String[] args) throws IOException {
        int a = 0;
        Path shimRoot = Path.of(args[a]);
        List<Path> shimFiles;
        try (Stream<Path> s = Files.walk(shimRoot)) {
            shimFiles = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null);
        JavacTask shimTask = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none", "-Xlint:none"), null,
            fm.getJavaFileObjectsFromPaths(shimFiles));
        shimTask.analyze();
        // the real side: one empty unit, every KNIME type read from the sourcepath on demand; errors inside KNIME's
        // files (a library missing from the classpath) are counted, not fatal: they do not change declarations
        int[] realErrors = {0};
        JavacTask realTask = (JavacTask) javac.getTask(null, fm, d -> {
            if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
                realErrors[0]++;
            }
        }, List.of("-proc:none", "-implicit:none", "-Xlint:none", "-sourcepath", args[a + 1], "-cp", args[a + 2]),
            null, List.of(new SimpleJavaFileObject(URI.create("string:///ShimCheckProbe.java"),
                javax.tools.JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return "class ShimCheckProbe {}";
                }
            }));
        realTask.analyze();
        ShimCheck check = new ShimCheck(new Side(shimTask.getElements(), shimTask.getTypes()),
            new Side(realTask.getElements(), realTask.getTypes()));
        int types = 0;
        for (Path f : shimFiles) {
            String name = shimRoot.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
            types += check.type(check.shim.elements().getTypeElement(name));
        }
        for (String p : check.problems) {
            System.out.println(p);
        }
        long deprecations = check.problems.stream().filter(p -> p.startsWith("DEPRECATION")).count();
        System.out.println(types + " types, " + check.members + " members compared: " + (check.problems.size()
            - deprecations) + " declarations and " + deprecations + " deprecations differ" + (realErrors[0] > 0
            ? "; " + realErrors[0] + " errors inside KNIME's files while reading them" : ""));
        System.exit(check.problems.size() > deprecations ? 1 : deprecations > 0 ? 3 : 0);
    }

    /** Compares one shim type and its nested types; returns how many types were compared. */
    private int type(TypeElement s) {
        String name = s.getQualifiedName().toString();
        TypeElement r = real.elements().getTypeElement(name);
        if (r == null) {
            problems.add("MISSING type " + name);
            return 1;
        }
        same(name, "kind", s.getKind(), r.getKind());
        same(name, "modifiers", modifiers(s), modifiers(r));
        same(name, "type parameters", typeParameters(s.getTypeParameters()), typeParameters(r.getTypeParameters()));
        same(name, "superclass", erasure(shim, s.getSuperclass()), erasure(real, r.getSuperclass()));
        for (TypeMirror i : s.getInterfaces()) {
            TypeElement ri = real.elements().getTypeElement(erasure(shim, i));
            if (ri == null || !real.types().isSubtype(real.types().erasure(r.asType()),
                real.types().erasure(ri.asType()))) {
                problems.add("MISMATCH " + name + ": implements " + erasure(shim, i) + ", the real type does not");
            }
        }
        deprecation(name, s, r);
        int types = 1;
        for (Element e : s.getEnclosedElements()) {
            if (e instanceof TypeElement nested) {
                types += type(nested);
            } else if (visible(e)) {
                member(name, e, r);
            }
        }
        return types;
    }

    private void member(String owner, Element s, TypeElement r) {
        members++;
        String id = owner + "." + signature(shim, s);
        Element m = r.getEnclosedElements().stream()
            .filter(e -> e.getKind() == s.getKind() && signature(real, e).equals(signature(shim, s)))
            .findFirst().orElse(null);
        if (m == null) {
            problems.add("MISSING " + id);
            return;
        }
        same(id, "modifiers", modifiers(s), modifiers(m));
        if (s instanceof ExecutableElement se && m instanceof ExecutableElement re) {
            same(id, "return type", se.getReturnType().toString(), re.getReturnType().toString());
            same(id, "type parameters", typeParameters(se.getTypeParameters()), typeParameters(re.getTypeParameters()));
            same(id, "parameter types", se.getParameters().stream().map(p -> p.asType().toString()).toList(),
                re.getParameters().stream().map(p -> p.asType().toString()).toList());
            same(id, "throws", thrown(shim, se), thrown(real, re));
            same(id, "varargs", se.isVarArgs(), re.isVarArgs());
        } else if (s instanceof VariableElement sv) {
            same(id, "type", sv.asType().toString(), m.asType().toString());
        }
        deprecation(id, s, m);
    }

    private void deprecation(String id, Element s, Element r) {
        boolean sd = shim.elements().isDeprecated(s);
        boolean rd = real.elements().isDeprecated(r);
        if (sd != rd) {
            problems.add("DEPRECATION " + id + ": shim " + (sd ? "deprecated" : "not deprecated") + ", KNIME "
                + (rd ? "deprecated " + deprecated(r) : "not deprecated"));
        } else if (rd && !deprecated(r).isEmpty() && !deprecated(s).equals(deprecated(r))) {
            problems.add("DEPRECATION " + id + ": shim " + deprecated(s) + ", KNIME " + deprecated(r));
        }
    }

    /** The attributes of the element's {@code @Deprecated}, e.g. "(forRemoval=true, since=5.6)"; empty without. */
    private static String deprecated(Element e) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (a.getAnnotationType().toString().equals("java.lang.Deprecated")) {
                return a.getElementValues().entrySet().stream()
                    .map(v -> v.getKey().getSimpleName() + "=" + v.getValue().getValue())
                    .sorted().collect(Collectors.joining(", ", "@Deprecated(", ")"));
            }
        }
        return "";
    }

    private void same(String id, String what, Object shimValue, Object realValue) {
        if (!shimValue.equals(realValue)) {
            problems.add("MISMATCH " + id + ": " + what + " " + shimValue + " in the shim, " + realValue + " in KNIME");
        }
    }

    private static boolean visible(Element e) {
        return e.getModifiers().contains(Modifier.PUBLIC) || e.getModifiers().contains(Modifier.PROTECTED)
            || e.getEnclosingElement().getKind().isInterface();
    }

    private static Set<String> modifiers(Element e) {
        return e.getModifiers().stream().filter(API::contains).map(Modifier::toString)
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> typeParameters(List<? extends TypeParameterElement> ps) {
        return ps.stream().map(p -> p.getSimpleName() + " extends " + p.getBounds()).toList();
    }

    private static String erasure(Side side, TypeMirror t) {
        return side.types().erasure(t).toString();
    }

    private static Set<String> thrown(Side side, ExecutableElement e) {
        return e.getThrownTypes().stream().map(t -> erasure(side, t)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Name and erased parameter types: how a call site's bytecode names the member. */
    private static String signature(Side side, Element e) {
        if (e instanceof ExecutableElement x) {
            return (e.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : e.getSimpleName()) + x.getParameters().stream()
                .map(p -> erasure(side, p.asType())).collect(Collectors.joining(",", "(", ")"));
        }
        return e.getSimpleName().toString();
    }
}
