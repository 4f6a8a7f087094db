/**
 * Writes: save and delete checks, transactions, recursive saves, the three-way merge and atomic
 * conditional commits. Not for users.
 */
package io.hybriddal.dal.internal.write;
