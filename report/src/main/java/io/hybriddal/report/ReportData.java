package io.hybriddal.report;

import io.hybriddal.dal.ConsistencyReport;
import java.util.List;

/**
 * Everything one admin report shows; the HTML page and the JSON file are two renderings of it.
 *
 * @param generatedAt   ISO-8601 instant
 * @param modelGraph    the model diagram, laid out
 * @param neighbourhood the chosen object's neighbourhood, or null when none was asked for
 * @param modelRecord   the model version and key-space states the store records; null in reports built before them
 * @param consistency   what the Dal's consistency check of the derived keys found ({@code admin().checkConsistency})
 * @param notes         remarks for the reader (skipped parts and why)
 * @param statuses      objects per value of each status-like property (the summary at the top of the page shows them)
 */
public record ReportData(String title, String generatedAt, StoreHealth store, List<ModelDoc> model, Graph modelGraph,
                         List<LiveData.HybridObjects> objects, List<LiveData.DynamicStats> dynamics,
                         ConsistencyReport consistency, Neighbourhood neighbourhood, List<String> notes,
                         List<LiveData.StatusCounts> statuses, LiveData.ModelRecord modelRecord) {

    public ReportData {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /** A report without the model record (as built before it existed). */
    public ReportData(String title, String generatedAt, StoreHealth store, List<ModelDoc> model, Graph modelGraph,
                      List<LiveData.HybridObjects> objects, List<LiveData.DynamicStats> dynamics,
                      ConsistencyReport consistency, Neighbourhood neighbourhood, List<String> notes,
                      List<LiveData.StatusCounts> statuses) {
        this(title, generatedAt, store, model, modelGraph, objects, dynamics, consistency, neighbourhood, notes, statuses, null);
    }

    /** A report without status counts (as built before they existed). */
    public ReportData(String title, String generatedAt, StoreHealth store, List<ModelDoc> model, Graph modelGraph,
                      List<LiveData.HybridObjects> objects, List<LiveData.DynamicStats> dynamics,
                      ConsistencyReport consistency, Neighbourhood neighbourhood, List<String> notes) {
        this(title, generatedAt, store, model, modelGraph, objects, dynamics, consistency, neighbourhood, notes, List.of());
    }
}
