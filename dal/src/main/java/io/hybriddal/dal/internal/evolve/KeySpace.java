package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;

/**
 * One declared derived key space (unique values or index entries of a property, reverse entries
 * of a relation) and its state as the store records it. Its id names the declaring hybrid and
 * field: {@code u/<hybrid>/<property>}, {@code i/<hybrid>/<property>}, {@code r/<hybrid>/<relation>};
 * its record is {@code m/space/<id>}. Thread-safe.
 */
final class KeySpace {

    private final IndexStatus.Kind kind;
    private final HybridModel model;
    private final FieldModel field;
    private final String id;
    /** As recorded; null while the store records nothing for it. */
    private volatile IndexStatus.State state;

    KeySpace(IndexStatus.Kind kind, HybridModel model, FieldModel field) {
        this.kind = kind;
        this.model = model;
        this.field = field;
        this.id = idOf(kind, model.name(), field.name());
    }

    static String idOf(IndexStatus.Kind kind, String hybrid, String field) {
        char letter = switch (kind) {
            case UNIQUE -> 'u';
            case INDEX -> 'i';
            case REVERSE -> 'r';
        };
        return letter + "/" + hybrid + "/" + field;
    }

    IndexStatus.Kind kind() {
        return kind;
    }

    HybridModel model() {
        return model;
    }

    FieldModel field() {
        return field;
    }

    String id() {
        return id;
    }

    IndexStatus.State state() {
        return state;
    }

    void state(IndexStatus.State state) {
        this.state = state;
    }

    boolean ready() {
        return state == IndexStatus.State.READY;
    }

    IndexStatus status() {
        return new IndexStatus(model.name(), field.name(), kind, state == null ? IndexStatus.State.ABSENT : state);
    }

    /**
     * What the record holds besides the state: for reverse spaces the target hybrid and backref,
     * so that a migrator whose model no longer declares the relation can find its entries.
     */
    String recordValue(IndexStatus.State value) {
        if (kind != IndexStatus.Kind.REVERSE) {
            return value.name();
        }
        RelationModel r = (RelationModel) field;
        return value.name() + " " + r.target().name() + " " + r.backref();
    }

    /** The entries of an object with {@code value} in this space: key → stored value (empty for markers); none for nulls where not indexed. */
    void entries(String guid, Object value, EntrySink sink) {
        switch (kind) {
            case UNIQUE -> {
                if (value != null) {
                    sink.claim(Keys.unique(model, (PropertyModel) field, value), guid);
                }
            }
            case INDEX -> sink.marker(Keys.index(model, (PropertyModel) field, value, guid));
            case REVERSE -> {
                RelationModel r = (RelationModel) field;
                if (value != null) {
                    if (r.oneToOne()) {
                        sink.claim(Keys.reverseOne(r, (String) value), guid);
                    } else {
                        sink.marker(Keys.reverse(r, (String) value, guid));
                    }
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** Receives the entries of one object. */
    interface EntrySink {
        /** A key owned by one object only (unique value, one-to-one slot), holding its guid. */
        void claim(String key, String guid);

        /** An empty marker key (index or reverse entry). */
        void marker(String key);
    }

    @Override
    public String toString() {
        return id;
    }
}
