/**
 * The memcached volatile store on Xmemcached (ketama, fail-fast); opened from {@code memcached://}
 * URIs.
 */
package io.hybriddal.store.memcached;
