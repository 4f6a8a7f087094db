package io.hybriddal.dal.internal.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.InvalidRelationException;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.model.ValueCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state behind one hybrid instance: its values by field slot, what it loaded (the base of
 * merges), its revision and version. The generated getters and setters call the
 * {@code get...}/{@code set...} methods with constant slots. Not thread-safe, like the instance.
 * Not for users.
 */
public final class ObjectState {

    private final ObjectContext context;
    private final HybridModel model;
    private final String guid;
    private String key;
    private DynamicSlots dynamicSlots;
    private DataObject self;
    private Object[] values;
    private boolean valuesShared;
    private Snapshot loaded;
    private boolean isNew;
    private boolean deleted;
    private boolean[] explicitlySet;
    private ObjectLinks links;
    private ConflictPolicy conflictPolicy;
    private boolean givenGuid;
    /** Unknown stored fields a restore gives a new object (see {@link #restoreExtras}). */
    private Map<String, JsonNode> newExtras = Map.of();

    private ObjectState(ObjectContext context, HybridModel model, String guid, Object[] values, Snapshot loaded) {
        this.context = context;
        this.model = model;
        this.guid = guid;
        this.values = values;
        this.loaded = loaded;
        this.isNew = loaded == null;
    }

    /**
     * A new object with the model's defaults.
     *
     * @param givenGuid whether the caller chose the guid (otherwise it is a fresh UUID, unique to this object)
     */
    public static ObjectState fresh(ObjectContext context, HybridModel model, String guid, boolean givenGuid) {
        ObjectState state = new ObjectState(context, model, guid, model.newValues(), null);
        state.givenGuid = givenGuid;
        return state;
    }

    /**
     * An object loaded from {@code snapshot}. It reads the snapshot's values until its first change
     * copies them: most loaded objects are only read. {@code values} must be
     * {@code snapshot.values()}, read by the caller (a page of objects reads them in one loop).
     */
    public static ObjectState loaded(ObjectContext context, HybridModel model, String guid, Snapshot snapshot, Object[] values) {
        assert values == snapshot.values() : "values of another snapshot";
        ObjectState state = new ObjectState(context, model, guid, values, snapshot);
        state.valuesShared = true;
        return state;
    }

    /** The value array, copied first if it is still the snapshot's. */
    private Object[] writableValues() {
        if (valuesShared) {
            values = values.clone();
            valuesShared = false;
        }
        return values;
    }

    public void attach(DataObject instance) {
        this.self = instance;
    }

    public Object getValue(int slot) {
        return values[slot];
    }

    public void setValue(int slot, Object value) {
        PropertyModel property = (PropertyModel) model.field(slot);
        writableValues()[slot] = property.codec().normalize(value);
        if (explicitlySet == null) {
            explicitlySet = new boolean[values.length];
        }
        explicitlySet[slot] = true;
    }

    public Object getRelation(int slot) {
        String target = (String) values[slot];
        return target == null ? null : links().target(slot, target);
    }

    public void setRelation(int slot, Object value) {
        RelationModel relation = (RelationModel) model.field(slot);
        if (value != null && (!(value instanceof DataObject target) || !relation.target().type().isInstance(target))) {
            throw new InvalidRelationException("relation '" + relation.name() + "' of " + describe() + " takes a "
                    + relation.target().name() + ", not " + (value instanceof DataObject d ? d.hybridName() : value.getClass().getName()));
        }
        DataObject target = (DataObject) value;
        writableValues()[slot] = target == null ? null : target.getGuid();
        links().remember(slot, target);
    }

    /** Points a relation at {@code targetGuid} without loading the target (the commit checks that it exists). */
    public void setRelationGuid(int slot, String targetGuid) {
        writableValues()[slot] = targetGuid;
        links().remember(slot, null);
    }

    public Object getBackref(int slot) {
        return links().backref(slot);
    }

    /** A backref without a getter on this hybrid (read by name). */
    Object undeclaredBackref(BackrefModel backref) {
        return links().read(backref);
    }

    /** Loaded with {@code Consistency.STRONG}: its backrefs are read from the store. */
    public void loadedStrongly() {
        links().readBackrefsStrongly();
    }

    private ObjectLinks links() {
        if (links == null) {
            links = new ObjectLinks(this);
        }
        return links;
    }

    public Object getDynamic(int slot) {
        return context.dynamics().get(this, model.dynamics().get(slot));
    }

    public String guid() {
        return guid;
    }

    public HybridModel model() {
        return model;
    }

    public long version() {
        return loaded == null ? 0 : loaded.version();
    }

    public boolean isNew() {
        return isNew;
    }

    public boolean isDirty() {
        if (isNew) {
            return true;
        }
        Object[] base = loaded.values();
        for (int i = 0; i < values.length; i++) {
            if (!ValueCodec.same(values[i], base[i])) {
                return true;
            }
        }
        return false;
    }

    public void discard() {
        if (isNew) {
            throw new ObjectNotFoundException("cannot discard " + describe() + ": it was never saved, so there is nothing to reload");
        }
        Snapshot stored = context.reads().read(model, guid, Consistency.STRONG);
        if (stored == null) {
            throw new ObjectNotFoundException("cannot discard " + describe() + ": it was deleted from the store");
        }
        values = stored.values();
        valuesShared = true;
        loaded = stored;
        links = null;
        explicitlySet = null;
    }

    public void setConflictPolicy(ConflictPolicy policy) {
        this.conflictPolicy = policy;
    }

    /** The Dal's services for this instance (for parts that act on it, such as the dynamics). */
    public ObjectContext context() {
        return context;
    }

    public DataObject self() {
        return self;
    }

    /** The store key of the document (built on first use: plain reads never need it). */
    public String key() {
        if (key == null) {
            key = Keys.object(model, guid);
        }
        return key;
    }

    /** The volatile keys and decoding memo of this instance's dynamics. */
    public DynamicSlots dynamicSlots() {
        if (dynamicSlots == null) {
            dynamicSlots = new DynamicSlots(this);
        }
        return dynamicSlots;
    }

    /** "vdisk 3f2a..." for messages. */
    public String describe() {
        return model.name() + " " + guid;
    }

    /** What was loaded or last saved; null for a new object. */
    public Snapshot loadedSnapshot() {
        return loaded;
    }

    /** The current values; the array is live and must not be written to (use setValue). */
    public Object[] values() {
        return values;
    }

    public boolean[] explicitFlags() {
        return explicitlySet;
    }

    public DataObject loadedTarget(int slot) {
        return links == null ? null : links.loadedTarget(slot);
    }

    public DataList<?>[] loadedBackrefLists() {
        return links == null ? null : links.loadedBackrefLists();
    }

    /** Whether the caller chose the guid (then it may already belong to a stored object). */
    public boolean hasGivenGuid() {
        return givenGuid;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Map<String, JsonNode> extras() {
        return loaded == null ? newExtras : loaded.extras();
    }

    /** Stored fields the model does not declare, for the first save of this new object to write (a restore). */
    public void restoreExtras(Map<String, JsonNode> extras) {
        if (loaded != null) {
            throw new IllegalStateException(describe() + " was saved or loaded: only a new object takes restored unknown fields");
        }
        newExtras = Collections.unmodifiableMap(new LinkedHashMap<>(extras)); // stored order
    }

    public ConflictPolicy conflictPolicy() {
        return conflictPolicy != null ? conflictPolicy : context.conflictPolicy();
    }

    /**
     * Takes in a committed (or found unchanged) stored state. Fields the caller changed after
     * save() was called keep their newer local value; the others take the stored one.
     *
     * @param savedLocal the values save() was called with
     */
    public void absorb(Snapshot stored, Object[] savedLocal) {
        Object[] values = writableValues();
        for (int i = 0; i < values.length; i++) {
            if (ValueCodec.same(values[i], savedLocal[i])) {
                values[i] = stored.values()[i];
            }
        }
        loaded = stored;
        isNew = false;
        explicitlySet = null;
    }

    public void markDeleted() {
        deleted = true;
    }
}
