package io.hybriddal.dal;

import io.hybriddal.dal.internal.plan.DesignFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The desired state of some objects, for {@link Dal#plan(Design)}: unsaved objects made by
 * {@code dal.create(...)} whose explicitly set properties and non-null relations are what is
 * desired (an unset property is "don't care"), and the hybrids the design owns, whose stored
 * objects absent from the design are deleted. A design object matches the stored object with its
 * guid, else the one with the same value of its hybrid's natural key (its first unique property).
 * Immutable: {@link #owning} returns a new design. The objects are the caller's and are not
 * changed by planning or applying.
 */
public final class Design {

    private final List<DataObject> objects;
    private final Set<Class<? extends DataObject>> ownedTypes;
    private final Set<String> ownedNames;
    private final String source;

    private Design(List<DataObject> objects, Set<Class<? extends DataObject>> ownedTypes, Set<String> ownedNames, String source) {
        this.objects = objects;
        this.ownedTypes = ownedTypes;
        this.ownedNames = ownedNames;
        this.source = source;
    }

    /**
     * A design of these objects (made by {@code dal.create(...)}, not saved), in this order.
     *
     * @throws NullPointerException when {@code objects} or one of them is null
     */
    public static Design of(Collection<? extends DataObject> objects) {
        List<DataObject> copy = new ArrayList<>(objects.size());
        for (DataObject o : objects) {
            copy.add(Objects.requireNonNull(o, "a design object is null"));
        }
        return new Design(List.copyOf(copy), Set.of(), Set.of(), null);
    }

    /** {@link #of(Collection)} of these objects. */
    public static Design of(DataObject... objects) {
        return of(Arrays.asList(objects));
    }

    /**
     * Reads a design file: YAML ({@code .yaml}, {@code .yml}) or JSON, a map from hybrid name to a
     * list of objects, each a map from member name to value; a relation names its target by the
     * target's natural key, or as {@code {guid: ...}}; a {@code guid} entry gives the object's guid.
     * An optional top-level {@code owning: [hybrid, ...]} lists the owned hybrids.
     *
     * @throws InvalidDesignException naming file, line, hybrid and member of every unknown hybrid,
     *                                member or natural key and every value of the wrong type
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Design read(Dal dal, Path path) {
        DesignFile.Contents contents = DesignFile.read(dal, path);
        return new Design(contents.objects(), Set.of(), Set.copyOf(contents.owning()), path.toString());
    }

    /** This design, also owning {@code types}: their stored objects absent from the design are deleted. */
    @SafeVarargs
    public final Design owning(Class<? extends DataObject>... types) {
        Set<Class<? extends DataObject>> owned = new LinkedHashSet<>(ownedTypes);
        for (Class<? extends DataObject> t : types) {
            owned.add(Objects.requireNonNull(t, "type"));
        }
        return new Design(objects, Set.copyOf(owned), ownedNames, source);
    }

    /** {@link #owning(Class[])} by hybrid name. */
    public Design owning(String... hybrids) {
        Set<String> owned = new LinkedHashSet<>(ownedNames);
        for (String h : hybrids) {
            owned.add(Objects.requireNonNull(h, "hybrid"));
        }
        return new Design(objects, ownedTypes, Set.copyOf(owned), source);
    }

    /** The design objects, in order. */
    public List<DataObject> objects() {
        return objects;
    }

    /** The owned hybrids given as classes. */
    public Set<Class<? extends DataObject>> ownedTypes() {
        return ownedTypes;
    }

    /** The owned hybrids given by name. */
    public Set<String> ownedNames() {
        return ownedNames;
    }

    /** The file the design was read from, or empty. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }
}
