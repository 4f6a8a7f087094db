package io.hybriddal.codegen;

import io.hybriddal.dal.internal.rules.MethodView;
import io.hybriddal.dal.internal.rules.TypeView;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * A method of a hybrid (from source or a class file) as hybrid-dal's shared declaration rules see
 * it; {@link #element()} is where the processor reports what is wrong with it.
 */
record MirrorMethod(ExecutableElement element, boolean inherited, Annotations annotations, Types types,
                    TypeElement dataObject) implements MethodView {

    @Override
    public String name() {
        return element.getSimpleName().toString();
    }

    @Override
    public List<TypeView> parameters() {
        return element.getParameters().stream().<TypeView>map(p -> new MirrorType(p.asType(), types, dataObject)).toList();
    }

    @Override
    public TypeView returnType() {
        return new MirrorType(element.getReturnType(), types, dataObject);
    }

    @Override
    public boolean isAbstract() {
        return element.getModifiers().contains(Modifier.ABSTRACT);
    }

    @Override
    public boolean isStatic() {
        return element.getModifiers().contains(Modifier.STATIC);
    }

    @Override
    public boolean isSealed() {
        return element.getModifiers().contains(Modifier.FINAL) || element.getModifiers().contains(Modifier.PRIVATE);
    }

    @Override
    public Set<Mark> marks() {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        if (Annotations.has(element, Names.PROPERTY)) {
            marks.add(Mark.PROPERTY);
        }
        if (Annotations.has(element, Names.RELATION)) {
            marks.add(Mark.RELATION);
        }
        if (Annotations.has(element, Names.BACKREF)) {
            marks.add(Mark.BACKREF);
        }
        if (Annotations.has(element, Names.DYNAMIC)) {
            marks.add(Mark.DYNAMIC);
        }
        return marks;
    }

    @Override
    public boolean unique() {
        return Annotations.find(element, Names.PROPERTY).map(a -> annotations.bool(a, "unique")).orElse(false);
    }

    @Override
    public boolean indexed() {
        return Annotations.find(element, Names.PROPERTY).map(a -> annotations.bool(a, "indexed")).orElse(false);
    }

    @Override
    public Optional<String> defaultValue() {
        return Annotations.find(element, Names.PROPERTY).map(a -> annotations.string(a, "defaultValue"))
                .filter(text -> !Names.NO_DEFAULT.equals(text));
    }

    @Override
    public String backrefName() {
        return Annotations.find(element, Names.RELATION).map(a -> annotations.string(a, "backref"))
                .or(() -> Annotations.find(element, Names.BACKREF).map(a -> annotations.string(a, "value"))).orElse("");
    }

    @Override
    public int ttl() {
        return Annotations.find(element, Names.DYNAMIC).map(a -> annotations.integer(a, "ttl")).orElse(0);
    }
}
