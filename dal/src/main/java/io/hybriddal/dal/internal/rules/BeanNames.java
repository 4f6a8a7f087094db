package io.hybriddal.dal.internal.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How members are named from their methods (JavaBeans): {@code getVolumeId} is {@code volumeId};
 * {@code isOnline} is {@code online} only for a member returning a primitive {@code boolean}
 * (a property or a dynamic: {@code isAvailable()} is {@code available} everywhere, in filters,
 * metamodels, {@code serialize()} and reports); any other dynamic method keeps its method name.
 */
public final class BeanNames {

    /** Names {@code DataObject} uses itself; no member may take them. */
    public static final Set<String> RESERVED = Set.of("guid", "version", "hybridName", "class");

    private BeanNames() {
    }

    /** The member name of a getter of a property, relation or backref, or empty when it is not named like one. */
    public static Optional<String> getter(String methodName, boolean returnsPrimitiveBoolean) {
        if (isPrefixed(methodName, "get")) {
            return Optional.of(decapitalize(methodName.substring(3)));
        }
        if (returnsPrimitiveBoolean && isPrefixed(methodName, "is")) {
            return Optional.of(decapitalize(methodName.substring(2)));
        }
        return Optional.empty();
    }

    /** The member name of a getter view (returning {@code boolean} counts for {@code isX}). */
    public static Optional<String> getter(MethodView m) {
        return getter(m.name(), m.returnType().rawName().equals("boolean"));
    }

    /** The member a setter name sets ({@code setVolumeId} → {@code volumeId}), or empty. */
    public static Optional<String> setter(String methodName) {
        return isPrefixed(methodName, "set") ? Optional.of(decapitalize(methodName.substring(3))) : Optional.empty();
    }

    /** The name of a dynamic: the bean name of a {@code getX} (or of an {@code isX} returning {@code boolean}), else the method name. */
    public static String dynamic(String methodName, boolean returnsPrimitiveBoolean) {
        return getter(methodName, returnsPrimitiveBoolean).orElse(methodName);
    }

    /** The default hybrid name: the simple class name in lower case. */
    public static String defaultHybridName(String simpleName) {
        return simpleName.toLowerCase(Locale.ROOT);
    }

    private static boolean isPrefixed(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    /** As {@code java.beans.Introspector.decapitalize}: "URL" stays "URL", "Size" becomes "size". */
    public static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code volumeId} → {@code VolumeId}, to build accessor names. */
    public static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
