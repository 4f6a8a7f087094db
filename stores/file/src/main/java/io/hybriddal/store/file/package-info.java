/**
 * The durable embedded persistent store in one local file on H2 MVStore; opened from {@code file:}
 * URIs. Single-process.
 */
package io.hybriddal.store.file;
