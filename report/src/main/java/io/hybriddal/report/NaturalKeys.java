package io.hybriddal.report;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names relation targets by their natural key ({@link HybridInfo#naturalKey()}: the first unique
 * property), which is how operators and design files know objects; a guid means nothing to a
 * reader. The targets of one page are loaded together: one {@link Dal#list(String, Collection)}
 * per target hybrid, never one read per row. Targets of a hybrid without a natural key are not
 * loaded at all.
 */
final class NaturalKeys {

    private NaturalKeys() {
    }

    /**
     * The natural key text of every target the {@code page} of {@code hybrid} points at, by
     * target hybrid and guid. A target that holds no key, or no longer exists, is absent.
     */
    static Map<String, Map<String, String>> ofTargets(Dal dal, HybridInfo hybrid, List<DataObject> page, Consumer<CorruptDataException> corrupt) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (RelationInfo r : hybrid.relations()) {
            if (dal.model().hybrid(r.target()).naturalKey().isEmpty()) {
                continue;
            }
            for (DataObject o : page) {
                String guid = o.relationGuid(r.name());
                if (guid != null) {
                    wanted.computeIfAbsent(r.target(), t -> new LinkedHashSet<>()).add(guid);
                }
            }
        }
        Map<String, Map<String, String>> keys = new HashMap<>();
        wanted.forEach((target, guids) -> {
            Map<String, String> byGuid = new HashMap<>();
            try {
                for (DataObject o : dal.list(target, guids)) {
                    put(byGuid, dal.model().hybrid(target), o);
                }
            } catch (CorruptDataException e) { // one unreadable target: read them one by one, naming the corrupt ones
                for (String guid : guids) {
                    try {
                        dal.find(target, guid).ifPresent(o -> put(byGuid, dal.model().hybrid(target), o));
                    } catch (CorruptDataException one) {
                        corrupt.accept(one);
                    }
                }
            }
            keys.put(target, byGuid);
        });
        return keys;
    }

    private static void put(Map<String, String> byGuid, HybridInfo hybrid, DataObject o) {
        String key = keyOf(hybrid, o);
        if (key != null) {
            byGuid.put(o.getGuid(), key);
        }
    }

    /** {@code o}'s natural key as text, or null when its hybrid has none or it holds no value. */
    static String keyOf(HybridInfo hybrid, DataObject o) {
        Optional<PropertyInfo> key = hybrid.naturalKey();
        Object value = key.isEmpty() ? null : o.get(key.get().name());
        return value == null ? null : value.toString();
    }
}
