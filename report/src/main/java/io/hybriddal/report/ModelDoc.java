package io.hybriddal.report;

import java.util.List;

/**
 * The description of one registered hybrid, as the report shows it: from the generated
 * {@code META-INF/hybrid-dal/model.json} when present (docs, types as written, constraints,
 * default texts), else from the Dal's public model ({@code Dal.model()}).
 *
 * @param source where the description came from: {@code model.json} or {@code engine}
 */
public record ModelDoc(String name, String className, String doc, String base, String source,
                       List<PropertyDoc> properties, List<RelationDoc> relations,
                       List<BackrefDoc> backrefs, List<DynamicDoc> dynamics) {

    /** A persistent property; {@code defaultValue} is the declared text, or null when none is declared. */
    public record PropertyDoc(String name, String type, boolean mandatory, String defaultValue, boolean unique,
                              boolean indexed, List<String> constraints, String doc) {
    }

    /** A relation to {@code target}, listed there as {@code backref}. */
    public record RelationDoc(String name, String target, String backref, boolean mandatory, boolean oneToOne, String doc) {
    }

    /**
     * A reverse list: the {@code source} objects whose {@code relation} points here.
     *
     * @param declared whether the hybrid has a getter for it (undeclared backrefs still guard deletes)
     */
    public record BackrefDoc(String name, String source, String relation, boolean oneToOne, boolean declared, String doc) {
    }

    /** A computed value cached for {@code ttl} seconds (0: never cached). */
    public record DynamicDoc(String name, String type, int ttl, boolean locked, String doc) {
    }
}
