package io.hybriddal.dal.internal.rules;

import io.hybriddal.dal.internal.rules.MethodView.Mark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one hybrid class: the class itself, then each method in declaration order. At most one
 * violation is reported per method (the first rule it breaks), so one mistake never hides behind
 * a pile of consequences. Rules that need several hybrids (distinct names, backrefs) are checked by
 * each front end over its set of hybrids, with the messages of {@link Rule}.
 */
public final class DeclarationRules {

    private static final Pattern HYBRID_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private DeclarationRules() {
    }

    /** The broken rules of {@code type}; the class's own first. Members are not checked when it is not a class extending DataObject. */
    public static List<Violation> check(ClassView type) {
        List<Violation> found = new ArrayList<>();
        if (!type.isClass() || !type.extendsDataObject()) {
            found.add(new Violation(Rule.HYBRID_CLASS, null, Rule.HYBRID_CLASS.message()));
            return found;
        }
        if (type.isFinal()) {
            found.add(new Violation(Rule.HYBRID_NOT_FINAL, null, Rule.HYBRID_NOT_FINAL.message()));
        }
        if (type.isInner()) {
            found.add(new Violation(Rule.HYBRID_STATIC, null, Rule.HYBRID_STATIC.message()));
        }
        hybridNameProblem(type.hybridName()).ifPresent(m -> found.add(new Violation(Rule.HYBRID_NAME, null, m)));
        Map<String, MethodView> names = new LinkedHashMap<>();
        for (MethodView m : type.methods()) {
            Optional<Violation> v = check(m, type.methods(), names);
            if (v.isPresent() && !m.inherited()) {
                found.add(v.get());
            }
        }
        return found;
    }

    /** The message when {@code name} cannot be a hybrid name (it is part of store keys), or empty. */
    public static Optional<String> hybridNameProblem(String name) {
        return HYBRID_NAME.matcher(name).matches() ? Optional.empty() : Optional.of(Rule.HYBRID_NAME.message(name));
    }

    private static Optional<Violation> check(MethodView m, List<MethodView> all, Map<String, MethodView> names) {
        Optional<Mark> member = m.marks().stream().filter(k -> k != Mark.DYNAMIC).findFirst();
        if (!m.isAbstract()) {
            if (member.isPresent()) {
                return violation(m, Rule.ANNOTATED_WITH_BODY, member.get().written());
            }
            return m.marks().contains(Mark.DYNAMIC) ? MemberRules.dynamic(m, names) : Optional.empty();
        }
        if (m.marks().equals(Set.of(Mark.DYNAMIC))) {
            return violation(m, Rule.DYNAMIC_ABSTRACT);
        }
        if (isGetterShaped(m)) {
            return abstractGetter(m, names);
        }
        if (isSetterShaped(m)) {
            return MemberRules.setter(m, all);
        }
        return violation(m, Rule.ABSTRACT_OTHER);
    }

    private static Optional<Violation> abstractGetter(MethodView m, Map<String, MethodView> names) {
        Optional<String> name = BeanNames.getter(m);
        if (name.isEmpty()) {
            return violation(m, Rule.GETTER_NAME);
        }
        if (m.marks().size() != 1) {
            List<Mark> marks = List.copyOf(m.marks());
            String what = marks.isEmpty() ? "none" : marks.get(0).written() + " and " + marks.get(1).written();
            return violation(m, Rule.ONE_ANNOTATION, what);
        }
        Optional<Violation> clash = MemberRules.claim(m, name.get(), names);
        return clash.isPresent() ? clash : MemberRules.value(m);
    }

    static boolean isGetterShaped(MethodView m) {
        return m.parameters().isEmpty() && m.returnType().form() != Form.VOID;
    }

    static boolean isSetterShaped(MethodView m) {
        return m.parameters().size() == 1 && m.returnType().form() == Form.VOID && BeanNames.setter(m.name()).isPresent();
    }

    static Optional<Violation> violation(MethodView m, Rule rule, Object... args) {
        return Optional.of(new Violation(rule, m, rule.message(args)));
    }
}
