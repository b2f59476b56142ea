package dev.moodleaws.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodleaws.MoodleAws;
import dev.moodleaws.core.model.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The line between the library's API and its internals, as the README (Using the library) draws it, held by the build:
 * an internal package gains no public type unnoticed, no API signature hands out an internal type,
 * and the embedded-library example uses the API packages only. A public type or a signature that
 * crosses the line fails here until it is made package-private or the line is moved on purpose
 * (this list and the README together).
 */
class ApiBoundaryTest {
    /** Packages an embedding program must not use; their public types serve other packages of moodle-aws or template overrides. */
    static final Set<String> INTERNAL = Set.of("dev.moodleaws.core.validate.rules", "dev.moodleaws.core.validate.artifact",
            "dev.moodleaws.core.validate.boot", "dev.moodleaws.render.escape", "dev.moodleaws.render.instance",
            "dev.moodleaws.render.stack", "dev.moodleaws.render.diagram", "dev.moodleaws.cli");

    static final String EXPECTED_PUBLIC_INTERNALS = """
            dev.moodleaws.cli.Main
            dev.moodleaws.core.validate.artifact.TemplateRules
            dev.moodleaws.core.validate.artifact.TemplateTree
            dev.moodleaws.core.validate.boot.BootRules
            dev.moodleaws.core.validate.boot.WebUserDataSchedulesNoCron
            dev.moodleaws.core.validate.rules.ApplicationRules
            dev.moodleaws.core.validate.rules.InfrastructureRules
            dev.moodleaws.core.validate.rules.InputShapeRules
            dev.moodleaws.core.validate.rules.OfferingRules
            dev.moodleaws.core.validate.rules.StandardRules
            dev.moodleaws.render.diagram.DiagramView
            dev.moodleaws.render.diagram.DiagramView$Edge
            dev.moodleaws.render.diagram.DiagramView$Node
            dev.moodleaws.render.diagram.DiagramViews
            dev.moodleaws.render.escape.Escape
            dev.moodleaws.render.escape.LiteralOutputFormat
            dev.moodleaws.render.escape.LiteralOutputFormat$Model
            dev.moodleaws.render.instance.BootModel
            dev.moodleaws.render.instance.BootModel$CronMetrics
            dev.moodleaws.render.instance.BootModel$MailBoot
            dev.moodleaws.render.instance.BootModel$Role
            dev.moodleaws.render.instance.ConfigPhpModel
            dev.moodleaws.render.instance.ConfigPhpModel$MailConfig
            dev.moodleaws.render.instance.ConfigPhpModel$Setting
            dev.moodleaws.render.instance.Heredoc
            dev.moodleaws.render.instance.InstanceArtifacts
            dev.moodleaws.render.instance.InstanceRenderer
            dev.moodleaws.render.instance.LogFiles
            dev.moodleaws.render.instance.LogFiles$LogFile
            dev.moodleaws.render.instance.Platform
            dev.moodleaws.render.instance.PluginInstall
            dev.moodleaws.render.stack.Ipv4Cidr
            dev.moodleaws.render.stack.LogicalIds
            dev.moodleaws.render.stack.PluginVersions
            dev.moodleaws.render.stack.StackInputs
            dev.moodleaws.render.stack.StackView
            dev.moodleaws.render.stack.StackViews
            dev.moodleaws.render.stack.Value
            """;

    /** Every public type of the internal packages today, each public for the reason the README gives. */
    static final Set<String> PUBLIC_INTERNALS = new TreeSet<>(EXPECTED_PUBLIC_INTERNALS.lines().filter(l -> !l.isBlank()).toList());

    private static List<Class<?>> classesOf(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .forEach(f -> names.add(location.relativize(f).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
                }
            }
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                if (name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
                    continue;
                }
                classes.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                        ApiBoundaryTest.class.getClassLoader()));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> libraryClasses() {
        List<Class<?>> all = new ArrayList<>(classesOf(Deployment.class));
        all.addAll(classesOf(MoodleAws.class));
        return all;
    }

    private static boolean isInternal(Class<?> c) {
        return INTERNAL.contains(c.getPackageName());
    }

    private static boolean isExported(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void internalPackagesGainNoPublicTypeUnnoticed() {
        Set<String> found = new TreeSet<>();
        for (Class<?> c : libraryClasses()) {
            // the records nested in StackView are the template's view, public with it
            boolean stackViewPart = c.getDeclaringClass() != null && c.getDeclaringClass().getSimpleName().equals("StackView");
            if (isInternal(c) && isExported(c) && !c.isAnonymousClass() && !c.isSynthetic() && !stackViewPart) {
                found.add(c.getName());
            }
        }
        assertEquals(PUBLIC_INTERNALS, found, "public types of internal packages; see the README");
    }

    @Test
    void noApiSignatureHandsOutAnInternalType() {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> c : libraryClasses()) {
            if (isInternal(c) || !isExported(c)) {
                continue;
            }
            List<Type> exposed = new ArrayList<>();
            exposed.add(c.getGenericSuperclass());
            exposed.addAll(List.of(c.getGenericInterfaces()));
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    exposed.add(f.getGenericType());
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredMethods()));
            executables.addAll(List.<Constructor<?>>of(c.getDeclaredConstructors()));
            for (Executable e : executables) {
                if (visible(e.getModifiers()) && !e.isSynthetic()) {
                    exposed.addAll(List.of(e.getGenericParameterTypes()));
                    exposed.addAll(List.of(e.getGenericExceptionTypes()));
                    if (e instanceof Method m) {
                        exposed.add(m.getGenericReturnType());
                    }
                }
            }
            for (Type t : exposed) {
                for (Class<?> used : classesIn(t)) {
                    if (isInternal(used)) {
                        leaks.add(c.getName() + " -> " + used.getName());
                    }
                }
            }
        }
        assertEquals(Set.of(), leaks, "API types that hand out internal types; see the README");
    }

    @Test
    void theEmbeddedLibraryExampleUsesTheApiOnly() throws IOException {
        Path sources = Path.of("..", "examples", "embedded-library", "src", "main", "java");
        Set<String> internalImports = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ")) {
                        String name = line.substring(7).replace("static ", "").replace(";", "").strip();
                        if (INTERNAL.stream().anyMatch(p -> name.startsWith(p + "."))) {
                            internalImports.add(f.getFileName() + ": " + name);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), internalImports);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Class<?>> classesIn(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(classesIn(p.getRawType()));
            for (Type a : p.getActualTypeArguments()) {
                out.addAll(classesIn(a));
            }
        }
        return out;
    }

}
