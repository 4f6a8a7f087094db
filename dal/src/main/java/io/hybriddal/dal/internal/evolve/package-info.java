/**
 * Model evolution: the model record in the store (version, key-space states), what queries may
 * use of it, and the migrator that builds, drops and rewrites online. Not for users.
 */
package io.hybriddal.dal.internal.evolve;
