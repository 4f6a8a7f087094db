package io.hybriddal.bench.scale;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.modifier.TypeManifestation;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;

/**
 * The bytes of {@value #COUNT} hybrid classes generated with Byte Buddy, as a model of that size
 * would be written by hand: hybrid {@code Hk} has a unique name, an indexed size, a label, a
 * count and (for k &gt; 0) a relation to {@code H(k-1)} with backref {@code h<k>s}. The bytes are
 * made once; {@link #load()} defines them in a fresh class loader, so that every measurement
 * registers classes hybrid-dal has never seen (its proxy cache cannot help).
 */
public final class GeneratedHybrids {

    public static final int COUNT = 50;
    private static final String PACKAGE = "io.hybriddal.bench.generated";

    private final Map<String, byte[]> bytes = new LinkedHashMap<>();

    public GeneratedHybrids() {
        TypeDescription previous = null;
        for (int k = 0; k < COUNT; k++) {
            DynamicType.Unloaded<?> type = make(k, previous);
            bytes.put(type.getTypeDescription().getName(), type.getBytes());
            previous = type.getTypeDescription();
        }
    }

    private static DynamicType.Unloaded<?> make(int k, TypeDescription parent) {
        DynamicType.Builder<DataObject> b = new ByteBuddy()
                .subclass(DataObject.class, ConstructorStrategy.Default.IMITATE_SUPER_CLASS)
                .name(PACKAGE + ".H" + k)
                .modifiers(Visibility.PUBLIC, TypeManifestation.ABSTRACT)
                .annotateType(AnnotationDescription.Builder.ofType(Hybrid.class).define("name", "h" + k).build());
        b = property(b, "Name", String.class, AnnotationDescription.Builder.ofType(Property.class).define("unique", true).build());
        b = property(b, "Size", long.class, AnnotationDescription.Builder.ofType(Property.class)
                .define("indexed", true).define("defaultValue", "0").build());
        b = property(b, "Label", String.class, AnnotationDescription.Builder.ofType(Property.class)
                .define("mandatory", false).build());
        b = property(b, "Count", int.class, AnnotationDescription.Builder.ofType(Property.class).define("defaultValue", "0").build());
        if (parent != null) {
            b = property(b, "Parent", parent, AnnotationDescription.Builder.ofType(Relation.class)
                    .define("backref", "h" + k + "s").define("mandatory", false).build());
        }
        return b.make();
    }

    private static DynamicType.Builder<DataObject> property(DynamicType.Builder<DataObject> b, String name,
                                                            java.lang.reflect.Type type, AnnotationDescription annotation) {
        return property(b, name, TypeDefinition.Sort.describe(type), annotation);
    }

    private static DynamicType.Builder<DataObject> property(DynamicType.Builder<DataObject> b, String name,
                                                            TypeDefinition type, AnnotationDescription annotation) {
        return b.defineMethod("get" + name, type, Visibility.PUBLIC).withoutCode().annotateMethod(annotation)
                .defineMethod("set" + name, void.class, Visibility.PUBLIC).withParameters(type).withoutCode();
    }

    /** The {@value #COUNT} classes, defined in a new class loader (child of this class's). */
    @SuppressWarnings("unchecked")
    public List<Class<? extends DataObject>> load() {
        FreshLoader loader = new FreshLoader(GeneratedHybrids.class.getClassLoader(), bytes);
        List<Class<? extends DataObject>> classes = new java.util.ArrayList<>(bytes.size());
        for (String name : bytes.keySet()) {
            try {
                classes.add((Class<? extends DataObject>) loader.loadClass(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    /** Defines the generated classes on demand; everything else comes from the parent. */
    private static final class FreshLoader extends ClassLoader {
        private final Map<String, byte[]> types;

        FreshLoader(ClassLoader parent, Map<String, byte[]> types) {
            super(parent);
            this.types = types;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = types.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
