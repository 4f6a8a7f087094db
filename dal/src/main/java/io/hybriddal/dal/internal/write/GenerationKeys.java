package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generation keys of each hybrid ({@link Keys#generation}, {@link Keys#membershipGeneration}),
 * built once per hybrid instead of concatenated by every save. Held by the Dal's writer, so it
 * lives as long as the models it holds. Thread-safe.
 */
final class GenerationKeys {

    /** Per hybrid, the generation key of each field by index, then that of membership. */
    private final ConcurrentHashMap<HybridModel, String[]> byModel = new ConcurrentHashMap<>();

    String field(HybridModel model, FieldModel field) {
        return of(model)[field.index()];
    }

    String membership(HybridModel model) {
        String[] keys = of(model);
        return keys[keys.length - 1];
    }

    private String[] of(HybridModel model) {
        String[] keys = byModel.get(model);
        return keys != null ? keys : byModel.computeIfAbsent(model, GenerationKeys::build);
    }

    private static String[] build(HybridModel model) {
        String[] keys = new String[model.fields().size() + 1];
        for (FieldModel f : model.fields()) {
            keys[f.index()] = Keys.generation(model, f.name());
        }
        keys[keys.length - 1] = Keys.membershipGeneration(model);
        return keys;
    }
}
