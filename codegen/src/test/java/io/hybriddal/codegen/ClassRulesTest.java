package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.declare;
import static io.hybriddal.codegen.Hybrids.hybrid;
import static io.hybriddal.codegen.TestCompiler.check;

import org.junit.jupiter.api.Test;

class ClassRulesTest {

    @Test
    void validModel_compilesWithoutDiagnostics() {
        check(Hybrids.VPOOL, Hybrids.VDISK).assertClean();
    }

    @Test
    void hybridNotExtendingDataObject_isCompileError_namingTheClass() {
        String src = declare("@Hybrid", "public abstract class Loose", "");
        check(src).assertSingleError("class Loose", "hybrid [t.Loose]", "must be an abstract class extending DataObject");
    }

    @Test
    void hybridOnInterface_isCompileError_askingForAnAbstractClass() {
        String src = declare("@Hybrid", "public interface Shape", "");
        check(src).assertSingleError("interface Shape", "hybrid [t.Shape]", "abstract class extending DataObject");
    }

    @Test
    void finalHybrid_isCompileError_sayingToRemoveFinal() {
        String src = declare("@Hybrid", "public final class Frozen extends DataObject", "");
        check(src).assertSingleError("class Frozen", "hybrid [t.Frozen]", "cannot be final", "remove 'final'");
    }

    @Test
    void explicitNameWithCapitals_isCompileError_quotingThePattern() {
        String src = declare("@Hybrid(name = \"VDisk\")", "public abstract class Named extends DataObject", "");
        check(src).assertSingleError("class Named", "hybrid name [VDisk]", "[a-z][a-z0-9_]*");
    }

    @Test
    void defaultNameStartingWithUnderscore_isCompileError() {
        String src = hybrid("_Disk", "");
        check(src).assertSingleError("class _Disk", "hybrid name [_disk]", "@Hybrid(name = ");
    }

    @Test
    void twoHybridsWithOneName_isCompileError_onTheSecond_namingTheFirst() {
        String first = hybrid("Volume", "");
        String second = declare("@Hybrid(name = \"volume\")", "public abstract class Disk extends DataObject", "");
        check(first, second).assertSingleError("class Disk", "hybrid name [volume] is already used by [t.Volume]");
    }

    @Test
    void innerNonStaticHybrid_isCompileError_askingForStatic() {
        String src = declare("", "public class Outer", """
                    @Hybrid public abstract class Inner extends DataObject { }
                """);
        check(src).assertSingleError("class Inner", "hybrid [t.Outer.Inner]", "add 'static'");
    }
}
