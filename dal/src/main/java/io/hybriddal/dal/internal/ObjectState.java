package io.hybriddal.dal.internal;

import io.hybriddal.dal.ConflictPolicy;
import java.util.Map;

/** Stub until the engine lands. */
public final class ObjectState {
    public String guid() { throw new UnsupportedOperationException(); }
    public Model model() { throw new UnsupportedOperationException(); }
    public long version() { throw new UnsupportedOperationException(); }
    public boolean isNew() { throw new UnsupportedOperationException(); }
    public boolean isDirty() { throw new UnsupportedOperationException(); }
    public void save() { throw new UnsupportedOperationException(); }
    public void saveRecursive() { throw new UnsupportedOperationException(); }
    public void delete() { throw new UnsupportedOperationException(); }
    public void delete(String... a) { throw new UnsupportedOperationException(); }
    public void discard() { throw new UnsupportedOperationException(); }
    public Map<String, Object> export() { throw new UnsupportedOperationException(); }
    public Map<String, Object> serialize(int d) { throw new UnsupportedOperationException(); }
    public void invalidateDynamics(String... n) { throw new UnsupportedOperationException(); }
    public boolean updatedOnDatastore() { throw new UnsupportedOperationException(); }
    public String relationGuid(String r) { throw new UnsupportedOperationException(); }
    public void setConflictPolicy(ConflictPolicy p) { throw new UnsupportedOperationException(); }
    public Map<String, Object> explicitlySetValues() { throw new UnsupportedOperationException(); }
    public interface Model { String name(); }
}
