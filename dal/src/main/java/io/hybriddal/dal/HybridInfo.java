package io.hybriddal.dal;

import java.util.List;
import java.util.Optional;

/**
 * What the Dal knows about one registered hybrid, computed once at registration. Members are
 * in declaration order, inherited members first. Immutable and thread-safe.
 */
public interface HybridInfo {

    /** The hybrid name used in keys, queries by name and messages ({@code "vdisk"}). */
    String name();

    /**
     * The class instances are made from: the registered extension's when the hybrid is extended.
     * For a description returned by {@link #base()}, the base class itself.
     */
    Class<? extends DataObject> type();

    /** The documentation declared with {@code @Hybrid(doc)}; empty when none, never null. */
    String doc();

    /**
     * The hybrid this one extends, when {@link #type()} extends another {@code @Hybrid} class (a
     * plugin's extension of a core hybrid). The base describes the members its own class declares.
     */
    Optional<HybridInfo> base();

    /** The persistent properties. */
    List<PropertyInfo> properties();

    /** The relations (to-one links to other hybrids). */
    List<RelationInfo> relations();

    /** Every relation pointing at this hybrid, seen from here: declared backrefs first, then the others. */
    List<BackrefInfo> backrefs();

    /** The dynamics. */
    List<DynamicInfo> dynamics();

    /**
     * The member named {@code name}: a property, relation, backref or dynamic; empty when there is none.
     *
     * @throws NullPointerException if {@code name} is null
     */
    Optional<MemberInfo> member(String name);

    /** The first unique property: the natural key by which tools and design files name objects; empty when none. */
    Optional<PropertyInfo> naturalKey();
}
