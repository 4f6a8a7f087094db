package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.model.ValueCodec;
import java.nio.charset.StandardCharsets;

/**
 * The keys an object document implies besides itself (unique values, index entries, reverse
 * index entries, link stamps of its targets), written in the same commit as the document.
 * Because every commit is guarded by the document's revision, these keys always match the
 * stored document: a stale instance can never free a unique value another object now owns.
 */
final class DerivedKeys {

    private DerivedKeys() {
    }

    /**
     * Moves on the generation of every field that differs, and of membership on create and
     * delete, so that cached query results depending on them are never served again.
     */
    private static void touchGenerations(HybridModel model, Object[] before, Object[] after, CommitAssembly commit) {
        if (before == null || after == null) {
            commit.touchMembership(model);
        }
        for (var field : model.fields()) {
            Object old = before == null ? null : before[field.index()];
            Object now = after == null ? null : after[field.index()];
            if (before == null || after == null ? (old != null || now != null) : !ValueCodec.same(old, now)) {
                commit.touchGeneration(model, field);
            }
        }
    }

    /**
     * Adds to {@code commit} what moves the derived keys from those of {@code before} to those of
     * {@code after}; either may be null (creation, deletion).
     */
    static void diff(HybridModel model, String guid, Object[] before, Object[] after, CommitAssembly commit, PendingWrite write) {
        byte[] guidBytes = null; // the value of unique and one-to-one keys, made when one is written
        touchGenerations(model, before, after, commit);
        for (PropertyModel p : model.properties()) {
            if (!p.unique() && !p.indexed()) {
                continue;
            }
            Object old = before == null ? null : before[p.index()];
            Object now = after == null ? null : after[p.index()];
            boolean changed = before == null || after == null || !ValueCodec.same(old, now);
            if (!changed) {
                continue;
            }
            if (p.unique()) {
                if (before != null && old != null) {
                    commit.delete(Keys.unique(model, p, old));
                }
                if (after != null && now != null) {
                    String key = Keys.unique(model, p, now);
                    commit.claim(key, new Purpose(Purpose.Kind.UNIQUE, write, p, now));
                    guidBytes = guidBytes != null ? guidBytes : guid.getBytes(StandardCharsets.UTF_8);
                    commit.put(key, guidBytes);
                }
            }
            if (p.indexed()) {
                if (before != null) {
                    commit.delete(Keys.index(model, p, old, guid));
                }
                if (after != null) {
                    commit.touch(Keys.index(model, p, now, guid));
                }
            }
        }
        for (RelationModel r : model.relations()) {
            String old = before == null ? null : (String) before[r.index()];
            String now = after == null ? null : (String) after[r.index()];
            if (ValueCodec.same(old, now)) {
                continue;
            }
            if (old != null) {
                commit.delete(r.oneToOne() ? Keys.reverseOne(r, old) : Keys.reverse(r, old, guid));
            }
            if (now != null) {
                commit.requireTarget(Keys.object(r.target(), now), new Purpose(Purpose.Kind.TARGET, write, r, r.target().name() + " " + now));
                commit.touch(Keys.linkStamp(r.target(), now));
                if (r.oneToOne()) {
                    String key = Keys.reverseOne(r, now);
                    commit.claim(key, new Purpose(Purpose.Kind.ONE_TO_ONE, write, r, r.target().name() + " " + now));
                    guidBytes = guidBytes != null ? guidBytes : guid.getBytes(StandardCharsets.UTF_8);
                    commit.put(key, guidBytes);
                } else {
                    commit.touch(Keys.reverse(r, now, guid));
                }
            }
        }
    }
}
