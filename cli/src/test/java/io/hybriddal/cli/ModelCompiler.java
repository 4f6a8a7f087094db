package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.codegen.HybridProcessor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles an application's model as its build would: javac with hybrid-dal's annotation
 * processor, which writes the hybrid index and model.json beside the classes. Sources are held in
 * memory; classes and resources go to a directory, which a test may also pack into a jar.
 */
final class ModelCompiler {

    private static final Pattern NAME = Pattern.compile("package\\s+([\\w.]+);.*?(?:class|record|enum)\\s+(\\w+)", Pattern.DOTALL);

    private ModelCompiler() {
    }

    /** Compiles {@code sources} into {@code dir}; fails the test with javac's messages when they do not compile. */
    static Path compile(Path dir, String... sources) throws IOException {
        Files.createDirectories(dir);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        for (String source : sources) {
            Matcher m = NAME.matcher(source);
            assertThat(m.find()).as("package and type of " + source).isTrue();
            String path = m.group(1).replace('.', '/') + "/" + m.group(2) + ".java";
            units.add(new SimpleJavaFileObject(URI.create("mem:///" + path), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        }
        StringWriter messages = new StringWriter();
        JavaCompiler.CompilationTask task = javac.getTask(messages, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()), null, units);
        task.setProcessors(List.of(new HybridProcessor()));
        assertThat(task.call()).as(messages.toString()).isTrue();
        return dir;
    }

    /** Packs the directory {@code classes} into the jar {@code jar}. */
    static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return jar;
    }
}
