package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.InstanceDynamics;
import io.hybriddal.dal.internal.object.InstanceReads;
import io.hybriddal.dal.internal.object.InstanceWrites;
import io.hybriddal.dal.internal.object.ObjectContext;
import io.hybriddal.dal.internal.object.ObjectState;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes instances: new ones, and loaded ones from the documents {@link Documents} reads, singly
 * or as lazy lists loaded page by page (guid lists, backrefs). Every instance it makes shares one
 * {@link ObjectContext}. Thread-safe; the instances are not.
 */
public final class ObjectLoader implements InstanceReads {

    /** Filters a lazy list within its guids (the query engine's {@code DataList.where}). */
    public interface ListFilter {
        DataList<DataObject> where(HybridModel model, LazyDataList.GuidSource source, Filter filter);
    }

    private final Documents documents;
    private final ListFilter listFilter;
    private final ObjectContext context;

    /** @param services the dependencies handed to the builder, by type (for {@code DataObject.service}) */
    public ObjectLoader(Documents documents, InstanceDynamics dynamics, InstanceWrites writes, ConflictPolicy policy,
                        Map<Class<?>, Object> services, ListFilter listFilter) {
        this.documents = documents;
        this.listFilter = listFilter;
        this.context = new ObjectContext(this, dynamics, writes, policy, services);
    }

    /** A new, unsaved instance with the model's defaults. */
    public DataObject create(HybridModel model, String guid, boolean givenGuid) {
        return instantiate(ObjectState.fresh(context, model, guid, givenGuid));
    }

    /** An instance of the stored {@code snapshot}. */
    public DataObject instance(HybridModel model, String guid, Snapshot snapshot) {
        return instantiate(ObjectState.loaded(context, model, guid, snapshot));
    }

    private static DataObject instantiate(ObjectState state) {
        DataObject instance = state.model().proxy().instantiate();
        ((HybridProxy) instance).$$hybridAttach(state);
        state.attach(instance);
        return instance;
    }

    @Override
    public Optional<DataObject> load(HybridModel model, String guid, Consistency consistency) {
        Snapshot snapshot = documents.read(model, guid, consistency);
        return snapshot == null ? Optional.empty() : Optional.of(instance(model, guid, snapshot));
    }

    @Override
    public Snapshot read(HybridModel model, String guid, Consistency consistency) {
        return documents.read(model, guid, consistency);
    }

    /** The objects of {@code guids}, in that order, loaded page by page as they are reached. */
    public <T extends DataObject> DataList<T> list(HybridModel model, Collection<String> guids) {
        List<String> copy = List.copyOf(guids);
        return dataList(model, () -> copy);
    }

    /** A lazy list of the objects whose guids {@code source} resolves on first use. */
    @SuppressWarnings("unchecked") // the members of a list of model are T's: where() only narrows them
    public <T extends DataObject> DataList<T> dataList(HybridModel model, LazyDataList.GuidSource source) {
        return new LazyDataList<T>(model.name(), source, guids -> loadPage(model, guids),
                filter -> (DataList<T>) listFilter.where(model, source, filter));
    }

    private Map<String, DataObject> loadPage(HybridModel model, List<String> guids) {
        Map<String, DataObject> objects = new LinkedHashMap<>(guids.size() * 2);
        documents.readAll(model, guids, Consistency.CACHED).forEach((guid, snapshot) -> objects.put(guid, instance(model, guid, snapshot)));
        return objects;
    }

    @Override
    public DataList<?> backrefList(BackrefModel backref, String targetGuid) {
        return dataList(backref.source(), () -> documents.backrefGuids(backref, targetGuid));
    }

    @Override
    public DataObject oneToOneChild(BackrefModel backref, String targetGuid) {
        List<String> child = documents.backrefGuids(backref, targetGuid);
        return child.isEmpty() ? null : load(backref.source(), child.get(0), Consistency.CACHED).orElse(null);
    }

    @Override
    public DataList<?> emptyList(HybridModel model) {
        return dataList(model, List::of);
    }
}
