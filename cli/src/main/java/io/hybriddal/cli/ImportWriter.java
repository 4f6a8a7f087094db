package io.hybriddal.cli;

import io.hybriddal.dal.DalException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.ObjectState;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import java.util.List;
import java.util.Map;

/**
 * Writes checked, ordered items in batches, each batch one {@code dal.inTransaction} (one store
 * commit): a batch is written entirely or not at all. Relation targets are set as guid-bearing
 * references (never loaded): the commit itself requires each target to exist or to be written by
 * the same commit. A failing batch stops the import; earlier batches stay, and {@code --resume}
 * continues after them.
 */
final class ImportWriter {

    private final DalEngine engine;
    private final GuidObjects factory;
    private final int batchSize;

    ImportWriter(DalEngine engine, GuidObjects factory, int batchSize) {
        this.engine = engine;
        this.factory = factory;
        this.batchSize = batchSize;
    }

    /** Writes {@code items}; returns how many. */
    long write(List<ImportItem> items, Progress progress) {
        long written = 0;
        for (int from = 0; from < items.size(); from += batchSize) {
            List<ImportItem> batch = items.subList(from, Math.min(items.size(), from + batchSize));
            try {
                engine.inTransaction(() -> batch.forEach(this::save));
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
        DataObject o = factory.create(item.model(), item.guid());
        ObjectState state = GuidObjects.state(o);
        for (Map.Entry<PropertyModel, Object> e : item.values().entrySet()) {
            state.setValue(e.getKey().index(), e.getValue());
        }
        for (Map.Entry<RelationModel, String> e : item.targets().entrySet()) {
            state.setRelation(e.getKey().index(), factory.create(e.getKey().target(), e.getValue()));
        }
        o.save();
    }
}
