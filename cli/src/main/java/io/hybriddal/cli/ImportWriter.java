package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.PropertyInfo;
import io.hybriddal.dal.RelationInfo;
import java.util.List;
import java.util.Map;

/**
 * Writes checked, ordered items in batches, each batch one {@code dal.inTransaction} (one store
 * commit): a batch is written entirely or not at all. Objects are made with their own guid
 * ({@code dal.create(hybrid, guid)}) and filled by member name, stored fields the model does not
 * declare restored as they were ({@code dal.admin().restoreUnknownFields}); relation targets are set by guid
 * (never loaded): the commit itself requires each target to exist or to be written by the same
 * commit. A failing batch stops the import; earlier batches stay, and {@code --resume}
 * continues after them.
 */
final class ImportWriter {

    private final Dal dal;
    private final int batchSize;

    ImportWriter(Dal dal, int batchSize) {
        this.dal = dal;
        this.batchSize = batchSize;
    }

    /** Writes {@code items}; returns how many. */
    long write(List<ImportItem> items, Progress progress) {
        long written = 0;
        for (int from = 0; from < items.size(); from += batchSize) {
            List<ImportItem> batch = items.subList(from, Math.min(items.size(), from + batchSize));
            try {
                dal.inTransaction(() -> batch.forEach(this::save));
            } catch (RuntimeException e) {
                throw new DalException("import batch " + (from / batchSize + 1) + " (" + batch.size() + " objects, first "
                        + batch.get(0).describe() + ") was not written: " + Failures.describe(e) + "; " + written
                        + " objects of earlier batches were written: fix the cause and rerun with --resume", e);
            }
            written += batch.size();
            progress.advance(batch.size());
        }
        return written;
    }

    private void save(ImportItem item) {
        DataObject o = dal.create(item.hybrid().name(), item.guid());
        for (Map.Entry<PropertyInfo, Object> e : item.values().entrySet()) {
            o.set(e.getKey().name(), e.getValue());
        }
        for (Map.Entry<RelationInfo, String> e : item.targets().entrySet()) {
            o.set(e.getKey().name(), e.getValue());
        }
        if (!item.unknown().isEmpty()) {
            dal.admin().restoreUnknownFields(o, item.unknown());
        }
        o.save();
    }
}
