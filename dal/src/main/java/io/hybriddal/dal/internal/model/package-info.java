/**
 * Model metadata computed once at registration: hybrids, properties, relations, backrefs,
 * dynamics, value types and codecs, and their public descriptions. Not for users.
 */
package io.hybriddal.dal.internal.model;
