/**
 * Byte Buddy implementations of the hybrids' abstract getters and setters. Not for users.
 */
package io.hybriddal.dal.internal.proxy;
