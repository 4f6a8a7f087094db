/**
 * The storage system the model's dynamics read from ({@link io.hybriddal.hybrids.system.StorageSystem}),
 * its value types, and a deterministic in-memory simulation of it for the demo and tests.
 */
package io.hybriddal.hybrids.system;
