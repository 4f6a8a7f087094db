/**
 * A storage-management model (backends, pools, volumes, routers, drivers, services, domains,
 * junctions) declared with the public annotations only.
 */
package io.hybriddal.hybrids;
