/**
 * The state behind each instance and the role interfaces (reads, dynamics, writes) through which
 * it reaches its Dal. Not for users.
 */
package io.hybriddal.dal.internal.object;
