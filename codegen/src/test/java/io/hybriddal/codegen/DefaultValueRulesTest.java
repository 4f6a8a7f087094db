package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.hybrid;
import static io.hybriddal.codegen.TestCompiler.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultValueRulesTest {

    private static String withDefault(String type, String value) {
        return hybrid("Box", """
                    public enum Mode { FAST, SAFE }
                    public record Pair(String a, int b) { }
                    @Property(defaultValue = "%s") public abstract %s getValue();
                """.formatted(value.replace("\"", "\\\""), type));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "long          | 12x        | write a whole number within the range of long",
        "int           | 1.5        | write a whole number within the range of int",
        "Double        | ''         | write a number such as 2.5",
        "boolean       | yes        | write true or false",
        "Mode          | SLOW       | one of the constants of Mode: FAST, SAFE",
        "Instant       | yesterday  | ISO-8601",
        "List<String>  | [\"a\",    | not valid JSON",
        "Set<Long>     | {}         | it is a JSON object; write a JSON array",
        "Map<String, Long> | [1]    | it is a JSON array; write a JSON object",
        "Pair          | {a: 1}     | not valid JSON",
    })
    void defaultNotConvertible_isCompileError_sayingWhatToWrite(String type, String value, String advice) {
        check(withDefault(type, value)).assertSingleError("getValue", "member [getValue()]",
                "defaultValue \"" + value + "\" is not a " + (type.matches("Mode|Pair") ? "Box." : "") + type, advice);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "String            | ''",
        "long              | -42",
        "Integer           | 7",
        "double            | 2.5e3",
        "boolean           | true",
        "Mode              | SAFE",
        "Instant           | 2024-01-31T12:00:00Z",
        "List<String>      | [\"a\", \"b\\u00e9\"]",
        "Map<String, Long> | {\"x\": 1}",
        "Pair              | {\"a\": \"x\", \"b\": 2}",
    })
    void convertibleDefault_compilesClean(String type, String value) {
        check(withDefault(type, value)).assertClean();
    }
}
