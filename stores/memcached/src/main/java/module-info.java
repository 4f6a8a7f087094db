/** The memcached volatile store of hybrid-dal ({@code memcached://} URIs), on Xmemcached. Found through the store SPI's ServiceLoader. */
module io.hybriddal.store.memcached {
    requires transitive io.hybriddal.dal;
    requires xmemcached;
    requires org.slf4j;

    exports io.hybriddal.store.memcached;

    provides io.hybriddal.dal.spi.VolatileStoreProvider with io.hybriddal.store.memcached.MemcachedStoreProvider;
}
