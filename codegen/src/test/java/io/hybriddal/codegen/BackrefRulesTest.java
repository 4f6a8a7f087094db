package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.hybrid;
import static io.hybriddal.codegen.TestCompiler.check;
import static io.hybriddal.codegen.TestCompiler.compile;
import static io.hybriddal.codegen.TestCompiler.compileWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackrefRulesTest {

    private static final String DISK = hybrid("Disk", """
                @Relation(backref = "disks") public abstract Pool getPool();
                public abstract void setPool(Pool pool);
            """);

    private static String pool(String backref) {
        return hybrid("Pool", backref);
    }

    @Test
    void backrefWithoutRelation_isCompileError_showingTheRelationToDeclare() {
        String pool = pool("@Backref(\"drives\") public abstract DataList<Disk> getDrives();");
        check(pool, DISK).assertSingleError("getDrives", "hybrid [t.Pool] member [getDrives()]",
                "no @Relation(backref = \"drives\") points at Pool", "@Relation(backref = \"drives\") public abstract Pool getPool()");
    }

    @Test
    void backrefReturningPlainList_isCompileError_askingForDataList() {
        String pool = pool("@Backref(\"disks\") public abstract List<Disk> getDisks();");
        check(pool, DISK).assertSingleError("getDisks", "lists the Disk objects of relation Disk.pool",
                "return DataList<Disk>, not List<Disk>");
    }

    @Test
    void backrefListingTheWrongHybrid_isCompileError() {
        String other = hybrid("Other", "");
        String pool = pool("@Backref(\"disks\") public abstract DataList<Other> getDisks();");
        check(pool, DISK, other).assertSingleError("getDisks", "return DataList<Disk>, not DataList<Other>");
    }

    @Test
    void singleBackrefOnOneToMany_isCompileError() {
        String pool = pool("@Backref(\"disks\") public abstract Disk getDisk();");
        check(pool, DISK).assertSingleError("getDisk", "return DataList<Disk>, not Disk");
    }

    @Test
    void singleBackrefOnOneToOne_compilesClean() {
        String disk = hybrid("Disk", "@Relation(backref = \"disk\", oneToOne = true) public abstract Pool getPool();");
        String pool = pool("@Backref(\"disk\") public abstract Disk getDisk();");
        check(pool, disk).assertClean();
    }

    @Test
    void backrefOnSubclassOfTheRelationTarget_compilesClean() {
        String ext = Hybrids.declare("@Hybrid", "public abstract class BigPool extends Pool",
                "@Backref(\"disks\") public abstract DataList<Disk> getDisks();");
        check(pool(""), DISK, ext).assertClean();
    }

    @Test
    void backrefMatchedByRelationInAnotherJar_compilesClean(@TempDir Path jar) {
        TestCompiler.Result core = compile(pool(""), DISK);
        assertThat(core.succeeded()).isTrue();
        core.writeClassesTo(jar);
        String ext = Hybrids.declare("@Hybrid", "public abstract class BigPool extends Pool",
                "@Backref(\"disks\") public abstract DataList<Disk> getDisks();");
        compileWith(jar, ext).assertClean();
    }

    @Test
    void backrefToHybridOutsideTheCompilationWithoutRelation_isWarning_notError(@TempDir Path jar) {
        TestCompiler.Result core = compile(pool(""), DISK);
        core.writeClassesTo(jar);
        String ext = Hybrids.declare("@Hybrid", "public abstract class BigPool extends Pool",
                "@Backref(\"spares\") public abstract DataList<Disk> getSpares();");
        TestCompiler.Result result = compileWith(jar, ext);
        result.assertSingle(Diagnostic.Kind.WARNING, "getSpares", "no @Relation(backref = \"spares\") pointing at BigPool",
                "Disk, which is not in this compilation");
        assertThat(result.succeeded()).isTrue();
    }
}
