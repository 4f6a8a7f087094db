/**
 * The store layout: keys of documents and derived entries, document encoding, snapshots. Not for
 * users.
 */
package io.hybriddal.dal.internal.codec;
