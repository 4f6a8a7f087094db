package io.hybriddal.report;

import java.util.List;
import java.util.Objects;

/**
 * What to put in a report. Immutable; the {@code with...} methods return changed copies.
 *
 * @param title            the page title
 * @param objectsPerHybrid how many objects of each hybrid to list (the first ones in guid order); the page
 *                         shows them 25 at a time, sortable and filterable, when scripts run, and all at once otherwise
 * @param persistentUri    the persistent store's URI, for the store section (null: unknown)
 * @param volatileUri      the volatile store's URI, likewise
 * @param focusHybrid      hybrid of the object whose neighbourhood to draw, or null for none
 * @param focusGuid        its guid
 * @param follow           relation and backref names the neighbourhood follows
 * @param depth            how many hops the neighbourhood goes
 * @param maxNodes         the neighbourhood stops growing at this many objects
 * @param examples         problem examples kept per kind by the consistency check
 */
public record ReportOptions(String title, int objectsPerHybrid, String persistentUri, String volatileUri,
                            String focusHybrid, String focusGuid, List<String> follow, int depth, int maxNodes, int examples) {

    public ReportOptions {
        Objects.requireNonNull(title, "title");
        follow = List.copyOf(follow);
        if (objectsPerHybrid < 0 || depth < 0 || maxNodes < 1 || examples < 0) {
            throw new IllegalArgumentException("objectsPerHybrid, depth and examples must be >= 0 and maxNodes >= 1");
        }
    }

    /** 200 objects per hybrid, no neighbourhood, unknown URIs. */
    public static ReportOptions defaults() {
        return new ReportOptions("hybrid-dal admin report", 200, null, null, null, null, List.of(), 2, 120, 5);
    }

    public ReportOptions withTitle(String newTitle) {
        return new ReportOptions(newTitle, objectsPerHybrid, persistentUri, volatileUri, focusHybrid, focusGuid, follow, depth, maxNodes, examples);
    }

    public ReportOptions withObjectsPerHybrid(int n) {
        return new ReportOptions(title, n, persistentUri, volatileUri, focusHybrid, focusGuid, follow, depth, maxNodes, examples);
    }

    public ReportOptions withStores(String persistent, String volatileStore) {
        return new ReportOptions(title, objectsPerHybrid, persistent, volatileStore, focusHybrid, focusGuid, follow, depth, maxNodes, examples);
    }

    /** Draws the neighbourhood of {@code hybrid}/{@code guid} through {@code names}, {@code hops} deep. */
    public ReportOptions withNeighbourhood(String hybrid, String guid, List<String> names, int hops) {
        return new ReportOptions(title, objectsPerHybrid, persistentUri, volatileUri, hybrid, guid, names, hops, maxNodes, examples);
    }

    public ReportOptions withMaxNodes(int n) {
        return new ReportOptions(title, objectsPerHybrid, persistentUri, volatileUri, focusHybrid, focusGuid, follow, depth, n, examples);
    }
}
