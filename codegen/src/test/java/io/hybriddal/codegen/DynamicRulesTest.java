package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.hybrid;
import static io.hybriddal.codegen.TestCompiler.check;

import org.junit.jupiter.api.Test;

class DynamicRulesTest {

    @Test
    void abstractDynamic_isCompileError_askingForABody() {
        String src = hybrid("Box", "@Dynamic(ttl = 5) public abstract List<String> getSnapshots();");
        check(src).assertSingleError("getSnapshots", "member [getSnapshots()]", "@Dynamic is on an abstract method", "give it a body");
    }

    @Test
    void voidDynamic_isCompileError_askingForTheValue() {
        String src = hybrid("Box", "@Dynamic(ttl = 5) public void getNothing() { }");
        check(src).assertSingleError("getNothing", "returns void", "return the computed value");
    }

    @Test
    void dynamicWithParameters_isCompileError_askingToRemoveThem() {
        String src = hybrid("Box", "@Dynamic(ttl = 5) public long getUsage(int day) { return day; }");
        check(src).assertSingleError("getUsage", "member [getUsage(int)]", "takes parameters");
    }

    @Test
    void negativeTtl_isCompileError_quotingTheTtl() {
        String src = hybrid("Box", "@Dynamic(ttl = -1) public long getUsage() { return 1; }");
        check(src).assertSingleError("getUsage", "@Dynamic ttl is -1", "0 = never cached");
    }

    @Test
    void dynamicNamedLikeAProperty_isCompileError() {
        String src = hybrid("Box", """
                    @Property public abstract long getUsage();
                    @Dynamic(ttl = 0) public long usage() { return 1; }
                """);
        check(src).assertSingleError("usage()", "member name [usage] is already used by getUsage()");
    }

    @Test
    void zeroTtlAndLockedDynamics_compileClean() {
        String src = hybrid("Box", """
                    @Dynamic(ttl = 0) public long getNow() { return System.nanoTime(); }
                    @Dynamic(ttl = 30, locked = true) public Map<String, Long> getStatistics() { return Map.of(); }
                """);
        check(src).assertClean();
    }
}
