/**
 * The query engine: compiled filters, index candidates, ordering and paging, the query cache. Not
 * for users.
 */
package io.hybriddal.dal.internal.query;
