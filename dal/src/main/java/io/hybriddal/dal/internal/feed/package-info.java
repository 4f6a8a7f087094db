/**
 * The change feed: store watches turned into typed change events. Not for users.
 */
package io.hybriddal.dal.internal.feed;
