package io.hybriddal.dal.internal.admin;

import io.hybriddal.dal.ConsistencyReport;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the unique ({@code u/}), index ({@code i/}) and reverse-index ({@code r/}) entries
 * agree with the object documents ({@code o/}). First every document is decoded and the entries
 * it implies are derived exactly as a save writes them; then every stored entry is matched
 * against them; what is left unmatched on either side is a problem. Reads only. Memory grows
 * with the number of entries (a few dozen bytes each): fine for an admin tool, not for a hot path.
 */
public final class ConsistencyCheck {

    /** An entry a document implies: its owner, and for unique and one-to-one entries the value it must hold. */
    private record Expected(String hybrid, String guid, String field, boolean valueIsGuid) {
    }

    private final PersistentStore store;
    private final ModelRegistry registry;
    private final int examplesPerKind;
    private final Map<String, Expected> expected = new HashMap<>();
    private final Set<String> objects = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Long> problems = new LinkedHashMap<>();
    private final List<ConsistencyReport.Issue> examples = new ArrayList<>();
    private long documents;

    private ConsistencyCheck(PersistentStore store, ModelRegistry registry, int examplesPerKind) {
        this.store = store;
        this.registry = registry;
        this.examplesPerKind = examplesPerKind;
    }

    public static ConsistencyReport run(PersistentStore store, ModelRegistry registry, int examplesPerKind) {
        ConsistencyCheck check = new ConsistencyCheck(store, registry, examplesPerKind);
        for (HybridModel m : registry.models()) {
            StoreScan.forEach(store, Keys.objectPrefix(m), kv -> check.document(m, kv));
        }
        long[] counts = new long[3];
        StoreScan.forEach(store, "u/", kv -> { counts[0]++; check.unique(kv); });
        StoreScan.forEach(store, "i/", kv -> { counts[1]++; check.index(kv); });
        StoreScan.forEach(store, "r/", kv -> { counts[2]++; check.reverse(kv); });
        check.expected.forEach((key, e) -> {
            if (!check.seen.contains(key)) {
                check.problem("missing-" + kindOf(key), key, e.hybrid() + " " + e.guid() + " has no " + kindOf(key)
                        + " entry for '" + e.field() + "'");
            }
        });
        return new ConsistencyReport(check.documents, counts[0], counts[1], counts[2], check.problems, check.examples);
    }

    private void document(HybridModel m, KeyValue kv) {
        documents++;
        String guid = Keys.guidOf(kv.key());
        objects.add(m.name() + "/" + guid);
        Snapshot s;
        try {
            s = DocumentCodec.decode(m, kv);
        } catch (CorruptDataException e) {
            problem("corrupt-document", kv.key(), e.getMessage());
            return;
        }
        for (PropertyModel p : m.properties()) {
            Object value = s.values()[p.index()];
            if (p.unique() && value != null) {
                expected.put(Keys.unique(m, p, value), new Expected(m.name(), guid, p.name(), true));
            }
            if (p.indexed()) {
                expected.put(Keys.index(m, p, value, guid), new Expected(m.name(), guid, p.name(), false));
            }
        }
        for (RelationModel r : m.relations()) {
            String target = (String) s.values()[r.index()];
            if (target != null) {
                String key = r.oneToOne() ? Keys.reverseOne(r, target) : Keys.reverse(r, target, guid);
                expected.put(key, new Expected(m.name(), guid, r.name(), r.oneToOne()));
            }
        }
    }

    /** {@code u/<hybrid>/<property>/<value>} holding the owner's guid. */
    private void unique(KeyValue kv) {
        String[] seg = kv.key().split("/", -1);
        String owner = new String(kv.value(), StandardCharsets.UTF_8);
        if (matches(kv, owner) || seg.length < 4) {
            return;
        }
        classify("unique", kv.key(), seg[1], owner, "unique value of " + seg[1] + "." + seg[2]);
    }

    /** {@code i/<hybrid>/<property>/<value>/<guid>}. */
    private void index(KeyValue kv) {
        String[] seg = kv.key().split("/", -1);
        if (matches(kv, null) || seg.length < 5) {
            return;
        }
        classify("index", kv.key(), seg[1], Keys.guidOf(kv.key()), "index entry of " + seg[1] + "." + seg[2]);
    }

    /** {@code r/<target>/<tguid>/<backref>/<child>}, or {@code r/<target>/<tguid>/<backref>} holding the child's guid. */
    private void reverse(KeyValue kv) {
        String[] seg = kv.key().split("/", -1);
        boolean one = seg.length == 4;
        String child = one ? new String(kv.value(), StandardCharsets.UTF_8) : seg.length == 5 ? Keys.guidOf(kv.key()) : null;
        if (matches(kv, one ? child : null)) {
            return;
        }
        HybridModel target = seg.length >= 4 ? registry.byName(seg[1]) : null;
        BackrefModel backref = target == null ? null : target.backref(seg[3]);
        if (backref == null || child == null) {
            problem("unknown-entry", kv.key(), "no registered hybrid has a backref '" + (seg.length > 3 ? seg[3] : "?")
                    + "' on '" + (seg.length > 1 ? seg[1] : "?") + "'");
            return;
        }
        String tguid = Keys.guidOfSegment(seg[2]);
        if (!objects.contains(target.name() + "/" + tguid)) {
            problem("orphan-reverse", kv.key(), "reverse entry '" + seg[3] + "' of missing " + target.name() + " " + tguid);
            return;
        }
        classify("reverse", kv.key(), backref.source().name(), child, "reverse entry '" + seg[3] + "' of " + target.name() + " " + tguid);
    }

    /** Whether the entry is one a document implies, with the right value for guid-valued ones; marks implied keys seen. */
    private boolean matches(KeyValue kv, String value) {
        Expected e = expected.get(kv.key());
        if (e == null) {
            return false;
        }
        seen.add(kv.key()); // present: a wrong value is reported as such, not also as missing
        return !e.valueIsGuid() || e.guid().equals(value);
    }

    private void classify(String kind, String key, String hybrid, String guid, String what) {
        if (registry.byName(hybrid) == null) {
            problem("unknown-entry", key, what + ": hybrid '" + hybrid + "' is not registered");
        } else if (!objects.contains(hybrid + "/" + guid)) {
            problem("orphan-" + kind, key, what + " points at missing " + hybrid + " " + guid);
        } else {
            problem("wrong-" + kind, key, what + " points at " + hybrid + " " + guid + ", whose document does not imply it");
        }
    }

    private static String kindOf(String key) {
        return switch (key.charAt(0)) {
            case 'u' -> "unique";
            case 'i' -> "index";
            default -> "reverse";
        };
    }

    private void problem(String kind, String key, String detail) {
        long n = problems.merge(kind, 1L, Long::sum);
        if (n <= examplesPerKind) {
            examples.add(new ConsistencyReport.Issue(kind, key, detail));
        }
    }
}
