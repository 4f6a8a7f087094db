/**
 * The admin report as a library: {@link io.hybriddal.report.ReportGenerator} collects a Dal's
 * model, objects, meters and store health, and writes one self-contained HTML page and its JSON
 * form.
 */
package io.hybriddal.report;
