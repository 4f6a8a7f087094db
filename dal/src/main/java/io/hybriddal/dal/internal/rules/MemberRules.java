package io.hybriddal.dal.internal.rules;

import static io.hybriddal.dal.internal.rules.DeclarationRules.violation;

import io.hybriddal.dal.internal.rules.MethodView.Mark;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each member declares: its name, the value type of a property or dynamic, unique/indexed and
 * defaults, a relation's target and backref name, a setter's getter. Which method may carry which
 * annotation is {@link DeclarationRules}' part.
 */
final class MemberRules {

    private MemberRules() {
    }

    /** Takes {@code name} for {@code m}, unless reserved or already taken. */
    static Optional<Violation> claim(MethodView m, String name, Map<String, MethodView> names) {
        if (BeanNames.RESERVED.contains(name)) {
            return violation(m, Rule.RESERVED_NAME, name);
        }
        MethodView previous = names.putIfAbsent(name, m);
        return previous == null ? Optional.empty() : violation(m, Rule.DUPLICATE_NAME, name, previous.signature());
    }

    /** The rules of an abstract getter carrying exactly one member annotation. */
    static Optional<Violation> value(MethodView m) {
        TypeView type = m.returnType();
        if (m.marks().contains(Mark.PROPERTY)) {
            return property(m, type);
        }
        if (m.marks().contains(Mark.RELATION)) {
            if (!type.erroneous() && !type.isHybrid()) {
                return violation(m, Rule.RELATION_TARGET, type.written());
            }
            return m.backrefName().isBlank() ? violation(m, Rule.RELATION_BACKREF) : Optional.empty();
        }
        return m.backrefName().isBlank() ? violation(m, Rule.BACKREF_NAME) : Optional.empty();
    }

    private static Optional<Violation> property(MethodView m, TypeView type) {
        Optional<String> cycle = ValueTypes.recordCycle(type);
        if (cycle.isPresent()) {
            return violation(m, Rule.RECORD_CYCLE, "property", type.written(), cycle.get());
        }
        Optional<TypeView> bad = ValueTypes.disallowedPart(type);
        if (bad.isPresent()) {
            return violation(m, Rule.PROPERTY_TYPE, type.written(), ValueTypes.because(type, bad.get()));
        }
        if (type.erroneous()) {
            return Optional.empty();
        }
        if ((m.unique() || m.indexed()) && !type.form().isScalar()) {
            return violation(m, Rule.SCALAR_FLAG, m.unique() ? "unique" : "indexed", type.written());
        }
        if (m.defaultValue().isPresent()) {
            String text = m.defaultValue().get();
            Optional<String> why = DefaultValues.problem(text, type);
            if (why.isPresent()) {
                return violation(m, Rule.DEFAULT_VALUE, text, type.written(), why.get());
            }
        }
        return Optional.empty();
    }

    /** The rules of a concrete method carrying {@code @Dynamic}. */
    static Optional<Violation> dynamic(MethodView m, Map<String, MethodView> names) {
        if (m.isStatic()) {
            return violation(m, Rule.DYNAMIC_STATIC);
        }
        if (m.isSealed()) {
            return violation(m, Rule.DYNAMIC_OVERRIDABLE);
        }
        if (m.returnType().form() == Form.VOID) {
            return violation(m, Rule.DYNAMIC_VOID);
        }
        if (!m.parameters().isEmpty()) {
            return violation(m, Rule.DYNAMIC_PARAMETERS);
        }
        if (m.ttl() < 0) {
            return violation(m, Rule.DYNAMIC_TTL, m.ttl());
        }
        Optional<String> cycle = ValueTypes.recordCycle(m.returnType());
        if (cycle.isPresent()) {
            return violation(m, Rule.RECORD_CYCLE, "dynamic", m.returnType().written(), cycle.get());
        }
        Optional<TypeView> bad = ValueTypes.disallowedPart(m.returnType());
        if (bad.isPresent()) {
            return violation(m, Rule.DYNAMIC_TYPE, m.returnType().written(), ValueTypes.because(m.returnType(), bad.get()));
        }
        return claim(m, BeanNames.dynamic(m.name(), m.returnType().rawName().equals("boolean")), names);
    }

    /** The rules of an abstract setter: no annotation, and a matching annotated getter that is not a backref. */
    static Optional<Violation> setter(MethodView setter, List<MethodView> all) {
        if (!setter.marks().isEmpty()) {
            return violation(setter, Rule.SETTER_ANNOTATED, setter.marks().iterator().next().written());
        }
        String property = BeanNames.setter(setter.name()).orElseThrow();
        Optional<MethodView> getter = all.stream()
                .filter(g -> g.isAbstract() && DeclarationRules.isGetterShaped(g) && !g.marks().isEmpty())
                .filter(g -> !g.marks().contains(Mark.DYNAMIC) || g.marks().size() > 1)
                .filter(g -> BeanNames.getter(g).filter(property::equals).isPresent())
                .findFirst();
        if (getter.isEmpty()) {
            return violation(setter, Rule.SETTER_ORPHAN, property);
        }
        if (getter.get().marks().contains(Mark.BACKREF)) {
            return violation(setter, Rule.SETTER_OF_BACKREF, property);
        }
        TypeView parameter = setter.parameters().get(0);
        TypeView returned = getter.get().returnType();
        if (!parameter.qualified().equals(returned.qualified())) {
            return violation(setter, Rule.SETTER_TYPE, parameter.written(), getter.get().signature(), returned.written());
        }
        return Optional.empty();
    }
}
