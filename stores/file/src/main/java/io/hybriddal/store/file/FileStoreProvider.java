package io.hybriddal.store.file;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.PersistentStoreProvider;
import io.hybriddal.dal.spi.StoreUri;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens {@code file:} persistent stores: {@code file:<dir>} (relative to the working
 * directory), {@code file:/abs/dir} or {@code file:///abs/dir}, with optional parameters
 * {@code namespace} (default none), {@code history} (commits kept in memory for watches,
 * default {@value FilePersistentStore#DEFAULT_HISTORY}) and {@code create} ({@code true} by
 * default: a missing store is created; {@code false}: only an existing store is opened, for
 * tools that only read), e.g. {@code file:data/dal?namespace=prod&history=1000}.
 *
 * <p>Stateless and thread-safe. A URI without a directory, with a host, with an unknown
 * parameter or a bad history or create is an {@link IllegalArgumentException} naming the URI; a
 * store that cannot be opened, or does not exist with {@code create=false}, is a
 * {@link io.hybriddal.dal.StoreException}.
 */
public final class FileStoreProvider implements PersistentStoreProvider {

    private static final Set<String> PARAMETERS = Set.of("namespace", "history", "create");

    @Override
    public Set<String> schemes() {
        return Set.of("file");
    }

    /** A file URI has no hosts: any authority is kept as written, for {@link #open} to refuse in its own words. */
    @Override
    public StoreUri parse(String uri) {
        return StoreUri.parseLocal(uri);
    }

    @Override
    public PersistentStore open(StoreUri uri) {
        if (!uri.authority().isEmpty()) {
            throw new IllegalArgumentException("file store URI [" + uri + "] names the host [" + uri.authority()
                    + "], but a file URI has no host (a file store is local): use file:<dir>, file:/abs/dir or file:///abs/dir");
        }
        if (uri.path().isBlank()) {
            throw new IllegalArgumentException("file store URI [" + uri + "] names no directory: use file:<dir>");
        }
        for (String name : uri.parameters().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("file store URI [" + uri + "]: unknown parameter [" + name
                        + "]; known: namespace, history, create");
            }
        }
        String namespace = uri.parameter("namespace", "");
        return new FilePersistentStore(Path.of(uri.path()), namespace, history(uri), create(uri));
    }

    private static boolean create(StoreUri uri) {
        String text = uri.parameter("create", "true").trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("file store URI [" + uri + "]: create must be true or false, not [" + text + "]");
    }

    private static int history(StoreUri uri) {
        String text = uri.parameter("history", String.valueOf(FilePersistentStore.DEFAULT_HISTORY));
        try {
            int history = Integer.parseInt(text.trim());
            if (history >= 0) {
                return history;
            }
        } catch (NumberFormatException e) {
            // reported below, with the URI
        }
        throw new IllegalArgumentException("file store URI [" + uri + "]: history must be a whole number >= 0, not ["
                + text + "]");
    }
}
