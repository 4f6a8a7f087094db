package io.hybriddal.dal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An object's document as the persistent store holds it, read without interpreting it through
 * the model ({@link DalAdmin#storedDocuments(String)}): for backups and tools that must neither
 * drop nor invent data. A field missing from the document is missing here (a loaded object shows
 * its declared default instead), and stored fields that the registered hybrid does not declare
 * (written by another version of the model) are here too.
 *
 * @param hybrid   the hybrid name under which the object is stored
 * @param guid     the object's guid
 * @param version  the object's save count as stored (0 when the document has none)
 * @param revision the store revision that last wrote the document
 * @param fields   every stored field but the version, in stored order: field name to its value as
 *                 compact JSON text (a relation is its target's guid as a JSON string, or
 *                 {@code null}); unmodifiable
 */
public record StoredDocument(String hybrid, String guid, long version, long revision, Map<String, String> fields) {

    public StoredDocument {
        Objects.requireNonNull(hybrid, "hybrid");
        Objects.requireNonNull(guid, "guid");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
