/**
 * The admin view of a Dal: counts, near-cache status, dynamic statistics and the consistency check
 * of derived keys. Not for users.
 */
package io.hybriddal.dal.internal.admin;
