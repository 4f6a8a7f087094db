/** The etcd persistent store of hybrid-dal ({@code etcd://} URIs), on jetcd. Found through the store SPI's ServiceLoader. */
module io.hybriddal.store.etcd {
    requires transitive io.hybriddal.dal;
    requires jetcd.core;
    requires jetcd.common;
    requires io.netty.handler;
    requires io.grpc;
    requires org.slf4j;

    exports io.hybriddal.store.etcd;

    provides io.hybriddal.dal.spi.PersistentStoreProvider with io.hybriddal.store.etcd.EtcdStoreProvider;
}
