/**
 * The one Jackson configuration the engine reads and writes with. Not for users.
 */
package io.hybriddal.dal.internal.json;
