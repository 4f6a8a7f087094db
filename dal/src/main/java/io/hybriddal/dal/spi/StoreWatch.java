package io.hybriddal.dal.spi;

/** A running watch; closing it stops deliveries (a delivery under way may still finish). */
public interface StoreWatch extends AutoCloseable {

    @Override
    void close();
}
