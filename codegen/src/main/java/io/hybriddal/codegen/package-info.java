/**
 * The annotation processor: checks hybrid declarations at compile time, writes the {@code X_}
 * metamodels, the hybrid index and the model description.
 */
package io.hybriddal.codegen;
