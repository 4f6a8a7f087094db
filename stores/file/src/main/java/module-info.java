/** The durable embedded persistent store of hybrid-dal ({@code file:} URIs), on H2 MVStore. Found through the store SPI's ServiceLoader. */
module io.hybriddal.store.file {
    requires transitive io.hybriddal.dal;
    requires com.h2database.mvstore;

    exports io.hybriddal.store.file;

    provides io.hybriddal.dal.spi.PersistentStoreProvider with io.hybriddal.store.file.FileStoreProvider;
}
