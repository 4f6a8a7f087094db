package io.hybriddal.dal.internal.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.ObjectState;
import java.util.LinkedHashMap;
import java.util.Map;

/** Restores stored fields a model does not declare onto a new object, checked first (nothing changes on a refusal). */
final class UnknownFields {

    private UnknownFields() {
    }

    static void restore(ModelRegistry registry, DataObject unsaved, Map<String, String> fields) {
        ObjectState state = unsaved instanceof HybridProxy proxy ? proxy.$$hybridState() : null;
        HybridModel model = state == null ? null : registry.byName(state.model().name());
        if (model == null || model != state.model()) {
            throw new IllegalArgumentException(unsaved.getClass().getName() + " " + unsaved.getGuid() + " is not an object of this Dal");
        }
        if (!state.isNew()) {
            throw new IllegalStateException(state.describe() + " was saved or loaded: only a new object takes restored unknown fields");
        }
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        fields.forEach((name, json) -> {
            if (StoredDocuments.VERSION_FIELD.equals(name) || model.field(name) != null) {
                throw new IllegalArgumentException("'" + name + "' is " + (model.field(name) != null
                        ? "a declared field of " + model.name() + ": set it with set()" : "the reserved version field")
                        + ", not an unknown field");
            }
            extras.put(name, parse(state, name, json));
        });
        state.restoreExtras(extras);
    }

    private static JsonNode parse(ObjectState state, String name, String json) {
        try {
            JsonNode node = json == null ? null : Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("unknown field '" + name + "' of " + state.describe() + " has no JSON value");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unknown field '" + name + "' of " + state.describe() + " is not one JSON value: "
                    + e.getOriginalMessage());
        }
    }
}
