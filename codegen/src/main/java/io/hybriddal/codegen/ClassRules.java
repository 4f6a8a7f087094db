package io.hybriddal.codegen;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks a {@code @Hybrid} class as a whole: kind, base class, modifiers and hybrid name. */
final class ClassRules {

    private final Types types;
    private final TypeElement dataObject;
    private final Reporter reporter;

    ClassRules(Elements elements, Types types, Reporter reporter) {
        this.types = types;
        this.dataObject = elements.getTypeElement(Names.DATA_OBJECT);
        this.reporter = reporter;
    }

    /** Whether the class is sound enough for its members to be checked. */
    boolean check(TypeElement type, HybridModel model) {
        if (type.getKind() != ElementKind.CLASS) {
            reporter.error(type, "@Hybrid is on a " + type.getKind().toString().toLowerCase(java.util.Locale.ROOT)
                    + "; declare the hybrid as an abstract class extending DataObject");
            return false;
        }
        if (!isDataObject(type)) {
            reporter.error(type, "a hybrid must extend DataObject (directly or through another hybrid); add 'extends DataObject'");
            return false;
        }
        if (type.getModifiers().contains(Modifier.FINAL)) {
            reporter.error(type, "a hybrid cannot be final: hybrid-dal implements it in a generated subclass; remove 'final'");
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(type, "a nested hybrid must be static: hybrid-dal cannot instantiate an inner class; add 'static'");
        }
        if (!Names.HYBRID_NAME.matcher(model.name()).matches()) {
            reporter.error(type, "hybrid name [" + model.name() + "] must match [a-z][a-z0-9_]* (it is part of store keys); "
                    + "set @Hybrid(name = \"...\") to such a name");
        }
        return true;
    }

    private boolean isDataObject(TypeElement type) {
        return dataObject != null && types.isSubtype(types.erasure(type.asType()), types.erasure(dataObject.asType()));
    }
}
