package io.hybriddal.dal.internal.object;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.internal.codec.Snapshot;
import java.util.Map;

/**
 * The operations {@code DataObject} offers that act through the Dal's parts rather than on the
 * instance's own data: saves and deletes, by-name access, views, dynamics. Kept apart from
 * {@link ObjectState}, which holds the data.
 */
public final class InstanceOperations {

    private static final String[] NO_BACKREFS = new String[0];

    private InstanceOperations() {
    }

    public static void save(ObjectState state) {
        state.context().writes().save(state);
    }

    public static void saveRecursive(ObjectState state) {
        state.context().writes().saveRecursive(state);
    }

    public static void delete(ObjectState state, String... abandonBackrefs) {
        state.context().writes().delete(state, abandonBackrefs == null ? NO_BACKREFS : abandonBackrefs);
    }

    public static Object get(ObjectState state, String member) {
        return MemberAccess.get(state, member);
    }

    public static void set(ObjectState state, String member, Object value) {
        MemberAccess.set(state, member, value);
    }

    public static Map<String, Object> export(ObjectState state) {
        return ObjectViews.export(state);
    }

    public static Map<String, Object> serialize(ObjectState state, int depth) {
        return ObjectViews.serialize(state, depth);
    }

    public static Map<String, Object> explicitlySetValues(ObjectState state) {
        return ObjectViews.explicitlySet(state);
    }

    /** Whether the stored object changed (or was deleted) since the instance loaded it: one linearizable read. */
    public static boolean updatedOnDatastore(ObjectState state) {
        if (state.isNew()) {
            return false;
        }
        Snapshot stored = state.context().reads().read(state.model(), state.guid(), Consistency.STRONG);
        return stored == null || stored.revision() != state.loadedSnapshot().revision();
    }

    public static String relationGuid(ObjectState state, String relation) {
        return MemberAccess.relationGuid(state, relation);
    }

    /** The service of {@code type} handed to the builder. */
    public static <T> T service(ObjectState state, Class<T> type) {
        Object service = state.context().services().get(type);
        if (service == null) {
            throw new IllegalStateException(state.model().name() + " asks for a service of type " + type.getName()
                    + ", and none was handed to this Dal: Dal.builder().service(" + type.getSimpleName() + ".class, instance)");
        }
        return type.cast(service);
    }

    public static void invalidateDynamics(ObjectState state, String... names) {
        state.context().dynamics().invalidate(state, names);
    }
}
