package io.hybriddal.dal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the hybrid indexes the annotation processor generates: resource files named
 * {@value #RESOURCE}, one fully qualified hybrid class name per line ({@code #} starts a comment).
 * This replaces classpath scanning.
 */
public final class HybridIndex {

    /** Where the annotation processor writes the index of a compilation unit. */
    public static final String RESOURCE = "META-INF/hybrid-dal/hybrids";

    private HybridIndex() {
    }

    /**
     * The hybrid classes listed by every index visible to {@code loader}, in index order.
     *
     * @throws InvalidHybridException when a listed class cannot be loaded or is not a DataObject
     */
    public static List<Class<? extends DataObject>> load(ClassLoader loader) {
        ClassLoader cl = loader != null ? loader : HybridIndex.class.getClassLoader();
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> resources = cl.getResources(RESOURCE);
            while (resources.hasMoreElements()) {
                URL url = resources.nextElement();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        String name = line.strip();
                        if (!name.isEmpty() && !name.startsWith("#")) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hybrid index " + RESOURCE, e);
        }
        List<Class<? extends DataObject>> types = new ArrayList<>();
        for (String name : names) {
            types.add(loadHybrid(cl, name));
        }
        return types;
    }

    private static Class<? extends DataObject> loadHybrid(ClassLoader cl, String name) {
        Class<?> type;
        try {
            type = Class.forName(name, false, cl);
        } catch (ClassNotFoundException e) {
            throw new InvalidHybridException("hybrid index " + RESOURCE + " lists " + name + ", which is not on the class path");
        }
        if (!DataObject.class.isAssignableFrom(type)) {
            throw new InvalidHybridException("hybrid index " + RESOURCE + " lists " + name + ", which does not extend DataObject");
        }
        return type.asSubclass(DataObject.class);
    }

    /** Convenience for tools: the indexed hybrids as a fresh mutable list. */
    public static List<Class<? extends DataObject>> loadAll() {
        return new ArrayList<>(load(Thread.currentThread().getContextClassLoader()));
    }
}
