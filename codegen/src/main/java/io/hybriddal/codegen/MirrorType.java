package io.hybriddal.codegen;

import io.hybriddal.dal.internal.rules.TypeView;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** A javac type as hybrid-dal's shared declaration rules see it. */
record MirrorType(TypeMirror mirror, Types types, TypeElement dataObject) implements TypeView {

    @Override
    public String rawName() {
        TypeKind kind = mirror.getKind();
        if (kind.isPrimitive() || kind == TypeKind.VOID) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
        return element() != null ? element().getQualifiedName().toString() : mirror.toString();
    }

    @Override
    public boolean isEnum() {
        return element() != null && element().getKind() == ElementKind.ENUM;
    }

    @Override
    public boolean isRecord() {
        return element() != null && element().getKind() == ElementKind.RECORD;
    }

    @Override
    public String written() {
        return TypeRenderer.written(mirror);
    }

    @Override
    public String qualified() {
        return TypeRenderer.qualified(mirror);
    }

    @Override
    public List<TypeView> arguments() {
        return element() == null ? List.of()
                : ((DeclaredType) mirror).getTypeArguments().stream().<TypeView>map(this::of).toList();
    }

    @Override
    public List<TypeView> components() {
        return isRecord() ? element().getRecordComponents().stream().<TypeView>map(c -> of(c.asType())).toList() : List.of();
    }

    @Override
    public List<String> constants() {
        return isEnum() ? element().getEnclosedElements().stream().filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString()).toList() : List.of();
    }

    @Override
    public boolean isHybrid() {
        return element() != null && dataObject != null && Annotations.has(element(), Names.HYBRID)
                && types.isSubtype(types.erasure(mirror), types.erasure(dataObject.asType()));
    }

    @Override
    public boolean erroneous() {
        return mirror.getKind() == TypeKind.ERROR;
    }

    private TypeElement element() {
        return mirror.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) mirror).asElement() : null;
    }

    private MirrorType of(TypeMirror other) {
        return new MirrorType(other, types, dataObject);
    }
}
