package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import java.nio.file.Path;
import java.util.List;

/** An outside application writing its objects with its own model (compiled classes), by member name. */
final class Application implements AutoCloseable {

    private final ModelClassLoader model;
    private final Dal dal;

    private Application(ModelClassLoader model, Dal dal) {
        this.model = model;
        this.dal = dal;
    }

    static Application on(Path modelClasses, String persistentUri) {
        ModelClassLoader model = ModelClassLoader.of(List.of(modelClasses));
        return new Application(model, Dal.builder().persistentStore(persistentUri).scan(model).build());
    }

    /** Saves a new object with the given guid and members ({@code name, value, name, value, ...}; a relation may take a guid). */
    DataObject save(String hybrid, String guid, Object... members) {
        DataObject o = dal.create(hybrid, guid);
        for (int i = 0; i < members.length; i += 2) {
            o.set((String) members[i], members[i + 1]);
        }
        o.save();
        return o;
    }

    @Override
    public void close() {
        try {
            dal.close();
        } finally {
            model.closeQuietly();
        }
    }
}
