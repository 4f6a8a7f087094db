/**
 * The etcd persistent store on jetcd: transactions, ranges, watches; opened from {@code etcd://}
 * URIs.
 */
package io.hybriddal.store.etcd;
