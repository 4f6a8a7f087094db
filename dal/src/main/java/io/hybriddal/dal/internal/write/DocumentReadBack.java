package io.hybriddal.dal.internal.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.object.ObjectState;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the writer accepts, the reader reads: a document is encoded and then decoded, strictly
 * and within the reader's limits ({@code Json.READ_LIMITS}: name, string and number lengths,
 * nesting depth), before the store sees it. A document that would not read back (a map key over
 * 50,000 characters, a string over 20,000,000) is refused here, naming the hybrid, guid and
 * property, rather than stored for every later read, and even the delete, to fail on.
 */
final class DocumentReadBack {

    private DocumentReadBack() {
    }

    /** The document of {@code values}, refused with a {@link StoreException} when Jackson cannot write it. */
    static byte[] encode(ObjectState state, long version, Object[] values, Map<String, JsonNode> extras) {
        try {
            return DocumentCodec.encode(state.model(), version, values, extras);
        } catch (UncheckedIOException e) {
            throw refused(state, e.getMessage(), e);
        }
    }

    /**
     * Refuses {@code document} with a {@link StoreException} naming the field when the reader would
     * refuse it. A document of scalars alone, without unknown fields, is not decoded: it reads back
     * by construction up to the longest string the reader takes (decoding it again was 7 % of an
     * update).
     */
    static void require(ObjectState state, byte[] document, boolean unknownFields) {
        if (!unknownFields && state.model().scalarsOnly() && document.length <= Json.MAX_STRING_LENGTH) {
            return;
        }
        String why = DocumentCodec.whyUnreadable(state.model(), document);
        if (why != null) {
            throw refused(state, "it would not read back: " + why, null);
        }
    }

    private static StoreException refused(ObjectState state, String why, Throwable cause) {
        return new StoreException("cannot save " + state.describe() + ": " + why + "; nothing was written", cause);
    }
}
