package io.hybriddal.codegen;

import io.hybriddal.dal.internal.rules.ClassView;
import io.hybriddal.dal.internal.rules.MethodView;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * A {@code @Hybrid} class as hybrid-dal's shared declaration rules see it. Its methods include
 * those of its base hybrids, marked inherited: they are checked with their own hybrid, and here
 * only count for names and for the getters that setters pair with.
 */
record MirrorClass(TypeElement type, String hybridName, Annotations annotations, Types types,
                   TypeElement dataObject) implements ClassView {

    @Override
    public String qualifiedName() {
        return type.getQualifiedName().toString();
    }

    @Override
    public boolean isClass() {
        return type.getKind() == ElementKind.CLASS;
    }

    @Override
    public boolean extendsDataObject() {
        return dataObject != null && types.isSubtype(types.erasure(type.asType()), types.erasure(dataObject.asType()));
    }

    @Override
    public boolean isFinal() {
        return type.getModifiers().contains(Modifier.FINAL);
    }

    @Override
    public boolean isInner() {
        return type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
    }

    @Override
    public List<MethodView> methods() {
        List<MethodView> methods = new ArrayList<>();
        for (TypeElement t = type; t != null; t = ModelReader.baseHybrid(t)) {
            boolean inherited = t != type;
            methods.addAll(0, ModelReader.ownMethods(t).stream()
                    .<MethodView>map(m -> new MirrorMethod(m, inherited, annotations, types, dataObject)).toList());
        }
        return methods;
    }
}
