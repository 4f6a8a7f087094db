package io.hybriddal.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.internal.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9, "one rule source": every declaration rule fires in both front ends with one message. The
 * processor reports a bad declaration as a compile error; registration of the same classes
 * compiled without the processor throws {@link InvalidHybridException} with the very same text.
 */
class RuleSourceTest {

    @Test
    void everyRule_hasABadDeclarationInTheCases() {
        assertThat(RuleCases.CASES.keySet()).containsExactlyInAnyOrder(Rule.values());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void badDeclaration_isTheSameErrorAtCompileTimeAndAtRegistration(Rule rule) throws ClassNotFoundException {
        RuleCases.Case bad = RuleCases.CASES.get(rule);
        assertThat(bad).as("a case for " + rule).isNotNull();
        String[] sources = bad.sources().toArray(String[]::new);

        List<Diagnostic<?>> errors = TestCompiler.check(sources).problems().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).<Diagnostic<?>>map(d -> d).toList();
        assertThat(errors).as("compile errors").hasSize(1);
        String compileError = errors.get(0).getMessage(null);
        assertThat(compileError).endsWith("(rule " + rule.id() + ")");

        TestCompiler.Result plain = TestCompiler.compileWithoutProcessor(sources);
        assertThat(plain.succeeded()).as("compiles without the processor: " + plain.problems()).isTrue();
        ClassLoader loader = plain.classLoader();
        List<Class<? extends DataObject>> types = new ArrayList<>();
        for (String name : bad.registered()) {
            types.add(asHybrid(loader.loadClass(name)));
        }
        @SuppressWarnings("unchecked")
        Class<? extends DataObject>[] registered = types.toArray(Class[]::new);
        assertThatThrownBy(() -> Dal.builder().register(registered).build().close())
                .isInstanceOf(InvalidHybridException.class)
                .hasMessage(compileError);
    }

    /** Registration takes what it is given: a class that is no DataObject must reach its checks too. */
    @SuppressWarnings("unchecked")
    private static Class<? extends DataObject> asHybrid(Class<?> type) {
        return (Class<? extends DataObject>) type;
    }
}
