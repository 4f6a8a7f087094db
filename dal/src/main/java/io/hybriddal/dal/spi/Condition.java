package io.hybriddal.dal.spi;

import java.util.Objects;

/**
 * A precondition of a {@link Commit}: the commit applies only if every condition holds at the
 * moment it is applied.
 *
 * @param key      the key the condition is about
 * @param kind     what must hold
 * @param revision for {@link Kind#REVISION}, the required {@code modRevision}; otherwise 0
 */
public record Condition(String key, Kind kind, long revision) {

    /** What a condition requires of its key. */
    public enum Kind {
        /** The key must not exist. */
        ABSENT,
        /** The key must exist, whatever its value. */
        PRESENT,
        /** The key must exist with exactly this {@code modRevision}. */
        REVISION
    }

    public Condition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.REVISION && revision <= 0) {
            throw new IllegalArgumentException("revision condition on [" + key + "] needs a revision > 0: " + revision);
        }
    }

    public static Condition absent(String key) {
        return new Condition(key, Kind.ABSENT, 0);
    }

    public static Condition present(String key) {
        return new Condition(key, Kind.PRESENT, 0);
    }

    /** The key must have this modRevision; a revision of 0 means the key must be absent. */
    public static Condition revision(String key, long modRevision) {
        return modRevision == 0 ? absent(key) : new Condition(key, Kind.REVISION, modRevision);
    }

    /** Whether the condition holds for the entry currently stored under the key ({@code null}: absent). */
    public boolean holdsFor(KeyValue current) {
        return switch (kind) {
            case ABSENT -> current == null;
            case PRESENT -> current != null;
            case REVISION -> current != null && current.modRevision() == revision;
        };
    }
}
