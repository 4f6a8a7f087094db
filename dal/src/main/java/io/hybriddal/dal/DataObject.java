package io.hybriddal.dal;

import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.InstanceOperations;
import io.hybriddal.dal.internal.object.ObjectState;
import java.util.Map;

/**
 * Base class of every hybrid. Instances come from a {@link Dal} ({@code create}, {@code get},
 * queries and relations), never from {@code new}: hybrid-dal implements the abstract getters
 * and setters in a generated subclass.
 *
 * <p>An instance is a private working copy of one stored object: changes stay local until
 * {@link #save()}. Instances are not thread-safe. Two instances are equal when they have the
 * same hybrid and guid, whatever their data.
 */
public abstract class DataObject {

    protected DataObject() {
    }

    private ObjectState state() {
        if (this instanceof HybridProxy proxy) {
            ObjectState state = proxy.$$hybridState();
            if (state != null) {
                return state;
            }
        }
        throw new InvalidHybridException(getClass().getName()
                + " was not made by a Dal: create hybrid instances with dal.create(" + getClass().getSimpleName() + ".class)");
    }

    /** The object's guid: a UUID string, fixed for life. */
    public final String getGuid() {
        return state().guid();
    }

    /** The hybrid name (of the registered extension, when there is one). */
    public final String hybridName() {
        return state().model().name();
    }

    /** 0 until the first save, then +1 per save that writes. */
    public final long version() {
        return state().version();
    }

    /** Whether the object has never been saved. */
    public final boolean isNew() {
        return state().isNew();
    }

    /** Whether a property or relation differs from what was loaded or last saved. */
    public final boolean isDirty() {
        return state().isDirty();
    }

    /**
     * Writes the local changes in one atomic conditional commit, merging concurrent changes
     * field by field (see {@link ConflictPolicy}). A save without local changes writes nothing
     * and refreshes the instance to the stored state. Inside {@link Dal#inTransaction} the write
     * is deferred to the transaction's commit.
     *
     * @throws MissingMandatoryFieldsException if mandatory fields have no value
     * @throws ValidationFailedException       if Bean Validation constraints fail
     * @throws UniqueConstraintViolationException if a unique value is taken
     * @throws InvalidRelationException        if a one-to-one target already has a child
     * @throws ObjectNotFoundException         if the object or a relation target was deleted
     * @throws ConcurrencyException            on conflicting fields under {@link ConflictPolicy#RAISE}
     * @throws RaceConditionException          if concurrent writers kept winning
     */
    public final void save() {
        InstanceOperations.save(state());
    }

    /**
     * Saves this object and the dirty (or new) objects reachable through relations loaded on this
     * instance and members loaded through its backrefs; targets before the objects pointing at
     * them. The saves form one transaction.
     */
    public final void saveRecursive() {
        InstanceOperations.saveRecursive(state());
    }

    /**
     * Deletes the object.
     *
     * @throws LinkedObjectException if a backref still lists objects
     */
    public final void delete() {
        InstanceOperations.delete(state());
    }

    /**
     * Deletes the object, first unlinking the children of the named backrefs ({@code "*"}: all),
     * in one commit. The unlinked relations must be optional.
     *
     * @throws LinkedObjectException if another backref still lists objects, or an abandoned
     *                               relation is mandatory; nothing changes then
     */
    public final void delete(String... abandonBackrefs) {
        InstanceOperations.delete(state(), abandonBackrefs);
    }

    /** Drops local changes and loaded relations, reloading the stored state. */
    public final void discard() {
        state().discard();
    }

    /**
     * The member named {@code name}, for tools that know the model only at run time: a property's
     * value, a relation's target (loaded), a backref's list (or its one object, or null, when one-to-one;
     * backrefs without a getter on this hybrid too), or a dynamic's value (computed or cached, as
     * its getter would). See {@link HybridInfo#member(String)} for the names.
     *
     * @throws IllegalArgumentException naming the hybrid and its members when there is no such member
     * @throws ObjectNotFoundException  if a relation points at an object that no longer exists
     */
    public final Object get(String name) {
        return InstanceOperations.get(state(), name);
    }

    /**
     * Sets a property or a relation by name, as its setter would. A property takes a value of its
     * type; numbers are converted by value when exact ({@code set("size", 20)} on a {@code long}
     * stores {@code 20L}), nothing else is converted. A relation takes an object of its target
     * hybrid, its guid as a {@code String} (the target is not loaded; the save checks that it
     * exists), or {@code null}.
     *
     * @throws IllegalArgumentException naming hybrid, member and expected type when the member is
     *                                  unknown, not settable (a backref or dynamic) or the value does
     *                                  not fit; nothing changes then
     */
    public final void set(String name, Object value) {
        InstanceOperations.set(state(), name, value);
    }

    /** The properties, by name, in declaration order. */
    public final Map<String, Object> export() {
        return InstanceOperations.export(state());
    }

    /**
     * The guid, properties and dynamics, and the relations: as {@code <name>Guid} at depth 0,
     * nested to {@code depth} otherwise. Computes the dynamics.
     */
    public final Map<String, Object> serialize(int depth) {
        return InstanceOperations.serialize(state(), depth);
    }

    /** Drops the cached values of the named dynamics (all when none are named). */
    public final void invalidateDynamics(String... names) {
        InstanceOperations.invalidateDynamics(state(), names);
    }

    /** Whether the stored object changed (or was deleted) since this instance loaded it. */
    public final boolean updatedOnDatastore() {
        return InstanceOperations.updatedOnDatastore(state());
    }

    /** The guid a relation points at, without loading the target; {@code null} if unset. */
    public final String relationGuid(String relation) {
        return InstanceOperations.relationGuid(state(), relation);
    }

    /**
     * The dependency of {@code type} handed to {@link DalBuilder#service}: how a hybrid reaches
     * the storage system its dynamics read ({@code service(StorageClient.class).snapshots(getGuid())}),
     * without a static handle.
     *
     * @throws IllegalStateException naming the hybrid and the type when none was handed to the Dal
     */
    protected final <T> T service(Class<T> type) {
        return InstanceOperations.service(state(), type);
    }

    /** The conflict policy of this instance's saves ({@code null}: the Dal's). */
    public final void setConflictPolicy(ConflictPolicy policy) {
        state().setConflictPolicy(policy);
    }

    /** The properties explicitly set on this instance since it was created (for query by example). */
    final Map<String, Object> explicitlySetValues() {
        return InstanceOperations.explicitlySetValues(state());
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DataObject that)) {
            return false;
        }
        ObjectState mine = state();
        ObjectState theirs = that.state();
        return mine.guid().equals(theirs.guid()) && mine.model().name().equals(theirs.model().name());
    }

    @Override
    public final int hashCode() {
        return state().guid().hashCode();
    }

    @Override
    public String toString() {
        ObjectState s = state();
        return s.model().name() + "[" + s.guid() + (s.isNew() ? ", new" : ", v" + s.version()) + "]";
    }
}
