package io.hybriddal.codegen;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Renders types as text, without the type-use annotations that {@code TypeMirror.toString()} keeps
 * ({@code List<@NotBlank String>} must not leak into generated code or reports).
 */
final class TypeRenderer {

    private TypeRenderer() {
    }

    /** As a reader would write it: simple names ({@code List<String>}, {@code VDisk.Status}). */
    static String written(TypeMirror type) {
        return render(type, TypeRenderer::nestedSimpleName);
    }

    /** Fully qualified, primitives as they are ({@code java.util.List<java.lang.String>}). */
    static String qualified(TypeMirror type) {
        return render(type, element -> element.getQualifiedName().toString());
    }

    /**
     * As generated code in {@code packageName} refers to it: {@code java.lang} and same-package types
     * by their short names, others fully qualified; primitives boxed (type arguments cannot be primitive).
     */
    static String code(TypeMirror type, String packageName) {
        return render(boxedKind(type), element -> {
            String pkg = packageOf(element);
            return pkg.equals("java.lang") || pkg.equals(packageName)
                    ? nestedSimpleName(element) : element.getQualifiedName().toString();
        });
    }

    private static Object boxedKind(TypeMirror type) {
        if (!type.getKind().isPrimitive()) {
            return type;
        }
        return switch (type.getKind()) {
            case INT -> "Integer";
            case CHAR -> "Character";
            default -> {
                String name = type.getKind().name().toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        };
    }

    private static String render(Object typeOrText, Function<TypeElement, String> naming) {
        return typeOrText instanceof String text ? text : render((TypeMirror) typeOrText, naming);
    }

    private static String render(TypeMirror type, Function<TypeElement, String> naming) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return render(((ArrayType) type).getComponentType(), naming) + "[]";
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType w = (WildcardType) type;
            if (w.getExtendsBound() != null) {
                return "? extends " + render(w.getExtendsBound(), naming);
            }
            return w.getSuperBound() != null ? "? super " + render(w.getSuperBound(), naming) : "?";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            StringBuilder sb = new StringBuilder(naming.apply((TypeElement) declared.asElement()));
            List<? extends TypeMirror> args = declared.getTypeArguments();
            if (!args.isEmpty()) {
                sb.append('<');
                for (int i = 0; i < args.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(render(args.get(i), naming));
                }
                sb.append('>');
            }
            return sb.toString();
        }
        return type.toString();
    }

    /** {@code Outer.Inner} for a nested type, {@code Name} for a top-level one. */
    static String nestedSimpleName(TypeElement element) {
        Element enclosing = element.getEnclosingElement();
        if (enclosing != null && (enclosing.getKind().isClass() || enclosing.getKind().isInterface())) {
            return nestedSimpleName((TypeElement) enclosing) + "." + element.getSimpleName();
        }
        return element.getSimpleName().toString();
    }

    static String packageOf(Element element) {
        Element e = element;
        while (e != null && e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
    }
}
