package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.hybrid;
import static io.hybriddal.codegen.TestCompiler.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyTypeRulesTest {

    private static String withProperty(String flags, String type) {
        return hybrid("Box", "@Property" + flags + " public abstract " + type + " getValue();");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "float                         | float",
        "Object                        | Object",
        "java.util.Date                | Date",
        "List (raw)                    | List",
        "List<Object>                  | Object",
        "Map<Integer, String>          | Integer",
        "Set<List<Character>>          | Character",
        "Optional<String>              | Optional<String>",
    })
    void unsupportedPropertyType_isCompileError_namingTheOffendingType(String type, String offending) {
        String declared = type.replace(" (raw)", "");
        check(withProperty("", declared)).assertSingleError("getValue", "member [getValue()]",
                "cannot be stored", offending, "use String, int, long, double, boolean");
    }

    @Test
    void recordWithUnsupportedComponent_isCompileError_namingTheComponentType() {
        String src = hybrid("Box", """
                    public record Range(int low, java.util.Date high) { }
                    @Property public abstract Range getValue();
                """);
        check(src).assertSingleError("getValue", "property type Box.Range, because of Date, cannot be stored");
    }

    @Test
    void aRecordContainingItself_isCompileError_namingTheCycle() {
        String src = hybrid("Box", """
                    public record Leaf(String name, Map<String, Tree> more) { }
                    public record Tree(String name, List<Leaf> leaves) { }
                    @Property public abstract Tree getRoot();
                """);
        check(src).assertSingleError("getRoot", "property type Box.Tree contains itself through records",
                "Box.Tree -> Box.Leaf -> Box.Tree", "(rule record-cycle)");
    }

    @Test
    void everySupportedShape_compilesClean_nestingIncluded() {
        String src = hybrid("Box", """
                    public enum Color { RED, GREEN }
                    public record Point(double x, Double y, List<String> tags) { }
                    public record Node(String name, List<Point> corners, Map<String, Point> points) { }
                    @Property public abstract String getA();
                    @Property public abstract int getB();
                    @Property public abstract Long getC();
                    @Property public abstract double getD();
                    @Property public abstract Boolean getE();
                    @Property public abstract Color getF();
                    @Property public abstract Instant getG();
                    @Property public abstract List<Map<String, Set<Instant>>> getH();
                    @Property public abstract Node getI();
                    @Property public abstract Map<String, Color> getJ();
                """);
        check(src).assertClean();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
        "unique  | List<String>",
        "indexed | Instant",
        "unique  | Map<String, Long>",
    })
    void uniqueOrIndexedOnNonScalar_isCompileError_askingToRemoveTheFlag(String flag, String type) {
        check(withProperty("(" + flag + " = true)", type)).assertSingleError("getValue",
                flag + " needs a scalar property", "remove the flag");
    }

    @Test
    void uniqueAndIndexedOnScalars_compileClean() {
        String src = hybrid("Box", """
                    public enum Role { A, B }
                    @Property(unique = true) public abstract String getName();
                    @Property(indexed = true) public abstract Role getRole();
                    @Property(indexed = true, unique = true) public abstract long getNumber();
                    @Property(indexed = true) public abstract Boolean getFlag();
                """);
        check(src).assertClean();
    }
}
