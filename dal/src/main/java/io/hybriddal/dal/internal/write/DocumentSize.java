package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.object.ObjectState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Refuses a document over the size limit before it reaches the store, saying which fields make it large. */
final class DocumentSize {

    private DocumentSize() {
    }

    static void require(ObjectState state, byte[] document, Object[] values, int limit) {
        if (document.length <= limit) {
            return;
        }
        throw new StoreException("cannot save " + state.describe() + ": its document is " + document.length
                + " bytes, over the limit of " + limit + " (Dal.builder().maxDocumentBytes); largest fields: "
                + largestFields(state.model(), values) + "; nothing was written");
    }

    /** The three largest fields with their encoded sizes; only computed when refusing. */
    private static String largestFields(HybridModel model, Object[] values) {
        List<Map.Entry<String, Integer>> sizes = new ArrayList<>();
        for (FieldModel f : model.fields()) {
            Object[] only = new Object[values.length];
            only[f.index()] = values[f.index()];
            sizes.add(Map.entry(f.name(), DocumentCodec.encode(model, 0, only, Map.of()).length));
        }
        sizes.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        return sizes.subList(0, Math.min(3, sizes.size())).toString();
    }
}
