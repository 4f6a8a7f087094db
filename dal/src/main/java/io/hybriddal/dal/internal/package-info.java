/**
 * The engine's root: wires the parts of a Dal together and nothing else depends on it. Not
 * exported; not for users.
 */
package io.hybriddal.dal.internal;
