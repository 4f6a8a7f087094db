package io.hybriddal.report;

import java.util.List;

/**
 * The objects reachable from one object through the named relations and backrefs, at most
 * {@code depth} hops away, drawn as a graph (the "clique" of an inventory object).
 *
 * @param root      {@code hybrid:guid} of the starting object
 * @param follow    the relation and backref names followed
 * @param truncated whether the node limit stopped the walk early
 */
public record Neighbourhood(String root, List<String> follow, int depth, boolean truncated, Graph graph) {
}
