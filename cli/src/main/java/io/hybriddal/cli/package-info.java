/**
 * The {@code hybrid-dal} command (picocli): demo, report, inspect, export and import, on the
 * public API of any model.
 */
package io.hybriddal.cli;
