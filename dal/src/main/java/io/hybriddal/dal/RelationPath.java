package io.hybriddal.dal;

/**
 * A typed path from hybrid {@code T} to a related hybrid {@code R}; as a value it compares the
 * target (by guid), and {@link #then} extends it into the target ({@code VDisk_.vpool.then(VPool_.name)}).
 *
 * @param <T> the hybrid the path starts from
 * @param <R> the related hybrid
 */
public final class RelationPath<T extends DataObject, R extends DataObject> extends PropertyPath<T, R> {

    /** A relation path given in its dotted string form (the metamodel generator's constructor). */
    public RelationPath(String path) {
        super(path);
    }

    /** This path continued by a property path of the target. */
    public <V> PropertyPath<T, V> then(PropertyPath<R, V> next) {
        if (next instanceof RelationPath<?, ?>) {
            throw new IllegalArgumentException("use then(RelationPath) to continue " + path() + " with a relation");
        }
        return new PropertyPath<>(path() + "." + next.path());
    }

    /** This path continued by a relation of the target. */
    public <S extends DataObject> RelationPath<T, S> then(RelationPath<R, S> next) {
        return new RelationPath<>(path() + "." + next.path());
    }
}
