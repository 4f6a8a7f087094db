package io.hybriddal.dal.internal.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.StoredDocument;
import io.hybriddal.dal.internal.codec.KeySegments;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.rules.DeclarationRules;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.ScanPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Object documents read as stored, without a model: the hybrids present in the store, and each
 * document's fields as JSON text. Knows the key layout ({@code o/<hybrid>/<guid>}, see
 * {@link Keys}) and the version field; nothing else of the codec.
 */
final class StoredDocuments {

    /** The document field holding the version (as DocumentCodec writes it); never a model field. */
    static final String VERSION_FIELD = "_v";

    private StoredDocuments() {
    }

    /** Hybrid names under {@code o/}, sorted: one scan of one key per hybrid, skipping the rest of its keys. */
    static List<String> hybrids(PersistentStore store) {
        List<String> names = new ArrayList<>();
        String after = null;
        while (true) {
            ScanPage page = store.scan(Keys.OBJECT_ROOT, after, 1);
            if (page.entries().isEmpty()) {
                return names;
            }
            String key = page.entries().get(0).key();
            int slash = key.indexOf('/', Keys.OBJECT_ROOT.length());
            String name = key.substring(Keys.OBJECT_ROOT.length(), slash < 0 ? key.length() : slash);
            names.add(name);
            after = Keys.OBJECT_ROOT + name + "0"; // '0' follows '/': sorts after every "o/<name>/..." key
        }
    }

    static Iterable<StoredDocument> all(PersistentStore store, String hybrid) {
        String prefix = Keys.OBJECT_ROOT + requireName(hybrid) + "/";
        return () -> new Iterator<>() {
            private Iterator<KeyValue> page = List.<KeyValue>of().iterator();
            private String after;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && more) {
                    ScanPage next = store.scan(prefix, after, StoreScan.PAGE);
                    page = next.entries().iterator();
                    more = next.more() && !next.entries().isEmpty();
                    after = next.lastKey();
                }
                return page.hasNext();
            }

            @Override
            public StoredDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return decode(hybrid, page.next());
            }
        };
    }

    static Optional<StoredDocument> one(PersistentStore store, String hybrid, String guid) {
        KeyValue kv = store.get(Keys.OBJECT_ROOT + requireName(hybrid) + "/" + KeySegments.escape(guid), ReadConsistency.LINEARIZABLE);
        return kv == null ? Optional.empty() : Optional.of(decode(hybrid, kv));
    }

    private static String requireName(String hybrid) {
        DeclarationRules.hybridNameProblem(hybrid).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return hybrid;
    }

    private static StoredDocument decode(String hybrid, KeyValue kv) {
        Map<String, String> fields = new LinkedHashMap<>();
        long version = 0;
        try (JsonParser p = Json.FACTORY.createParser(kv.value())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CorruptDataException("stored " + hybrid + " at key [" + kv.key() + "] is not a JSON object", kv.key(), null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (VERSION_FIELD.equals(field)) {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                        throw new CorruptDataException("stored " + hybrid + " at key [" + kv.key() + "] has a version that is not an integer",
                                kv.key(), null);
                    }
                    version = p.getLongValue();
                } else {
                    fields.put(field, Json.MAPPER.writeValueAsString(p.readValueAsTree()));
                }
            }
        } catch (IOException e) {
            throw new CorruptDataException("stored " + hybrid + " at key [" + kv.key() + "] is unreadable JSON: " + e.getMessage(), kv.key(), e);
        }
        return new StoredDocument(hybrid, Keys.guidOf(kv.key()), version, kv.modRevision(), fields);
    }
}
