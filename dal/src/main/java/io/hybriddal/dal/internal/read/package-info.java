/**
 * Reads: documents through the near cache, instances and lazy lists made from them. Not for users.
 */
package io.hybriddal.dal.internal.read;
