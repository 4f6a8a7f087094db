package io.hybriddal.jpmstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Dal;
import io.hybriddal.jpmstest.model.Disk;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hybrid-dal used from a named application module on the module path. */
class ModuleBoundaryTest {

    @TempDir
    Path dir;

    @Test
    void testsRun_onTheModulePath() {
        assertThat(Disk.class.getModule().getName()).isEqualTo("io.hybriddal.jpmstest");
        assertThat(Dal.class.getModule().getName()).isEqualTo("io.hybriddal.dal");
    }

    @Test
    void hybridsOfANamedModule_areImplementedSavedAndQueried() {
        try (Dal dal = Dal.builder().register(Disk.class).build()) {
            Disk disk = dal.create(Disk.class);
            disk.setName("d1");
            disk.setSize(5);
            disk.save();
            Disk loaded = dal.get(Disk.class, disk.getGuid());
            assertThat(loaded.getName()).isEqualTo("d1");
            assertThat(loaded.getLabel()).isEqualTo("d1:5");
            assertThat(dal.query("disk").list()).containsExactly(disk);
        }
    }

    @Test
    void dalModule_exportsExactlyItsPublicPackages() {
        ModuleDescriptor descriptor = Dal.class.getModule().getDescriptor();
        assertThat(descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
                .isEqualTo(Set.of("io.hybriddal.dal", "io.hybriddal.dal.spi", "io.hybriddal.dal.spi.support", "io.hybriddal.dal.memory"));
        // the declaration rules go to the annotation processor alone
        assertThat(descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified).map(e -> e.source() + "->" + e.targets()))
                .containsExactly("io.hybriddal.dal.internal.rules->[io.hybriddal.codegen]");
        assertThat(Dal.class.getModule().isExported("io.hybriddal.dal.internal", getClass().getModule())).isFalse();
    }

    @Test
    void engineClasses_cannotBeUsedReflectively_fromAnotherModule() throws Exception {
        try (Dal dal = Dal.builder().register(Disk.class).build()) {
            Class<?> engine = dal.getClass();
            assertThat(engine.getPackageName()).startsWith("io.hybriddal.dal.internal");
            assertThatThrownBy(() -> engine.getMethod("registry").invoke(dal)).isInstanceOf(IllegalAccessException.class);
        }
    }

    @Test
    void anOutsideModule_compilesAgainstThePublicApi_butNotAgainstTheEngine() throws IOException {
        assertThat(compileOutsideModule("io.hybriddal.dal.Dal")).isEmpty();
        assertThat(compileOutsideModule("io.hybriddal.dal.internal.DalEngine"))
                .anyMatch(message -> message.contains("io.hybriddal.dal.internal") && message.contains("not visible"));
    }

    /** Compiles a module {@code outside} that requires hybrid-dal and imports {@code type}; returns the errors. */
    private List<String> compileOutsideModule(String type) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src-" + type.hashCode()).resolve("outside"));
        Files.writeString(src.resolve("module-info.java"), "module outside { requires io.hybriddal.dal; }");
        Files.createDirectories(src.resolve("outside"));
        Files.writeString(src.resolve("outside/Use.java"), "package outside; import " + type + "; class Use { " + type + " x; }");
        List<String> modulePath = ModuleLayer.boot().configuration().modules().stream()
                .map(ResolvedModule::reference).filter(r -> r.location().isPresent() && "file".equals(r.location().get().getScheme()))
                .map(r -> Path.of(r.location().get()).toString()).toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-d", Files.createDirectories(dir.resolve("out-" + type.hashCode())).toString(),
                    "--module-path", String.join(File.pathSeparator, modulePath));
            javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("outside/Use.java"))).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList();
    }
}
