package io.hybriddal.dal.internal.codec;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;

/**
 * The persistent-store key layout. Hybrid and field names are identifiers; guids and values are
 * escaped by {@link KeySegments}, so {@code /} only ever separates segments.
 *
 * <pre>
 * o/&lt;hybrid&gt;/&lt;guid&gt;                              the object's JSON document
 * u/&lt;hybrid&gt;/&lt;property&gt;/&lt;value&gt;                 unique value → owner guid
 * i/&lt;hybrid&gt;/&lt;property&gt;/&lt;value&gt;/&lt;guid&gt;          index entry (empty)
 * r/&lt;target&gt;/&lt;tguid&gt;/&lt;backref&gt;/&lt;guid&gt;          reverse index entry (empty)
 * r/&lt;target&gt;/&lt;tguid&gt;/&lt;backref&gt;                 one-to-one reverse entry → child guid
 * l/&lt;hybrid&gt;/&lt;guid&gt;                              link stamp: rewritten whenever a child links here
 * g/&lt;hybrid&gt;/&lt;field&gt;                             generation: rewritten by every commit changing that field
 * g/&lt;hybrid&gt;/*                                    generation of membership: rewritten on create and delete
 * </pre>
 *
 * <p>Generations make query-cache invalidation part of the commit: a cached query result is
 * keyed by the revisions of the generations it depends on, so a commit that could change the
 * result moves one of them on and the stale entry is never read again.
 */
public final class Keys {

    private Keys() {
    }

    /** Prefix of every object document. */
    public static final String OBJECT_ROOT = "o/";

    /** Prefix of every object of a hybrid. */
    public static String objectPrefix(HybridModel model) {
        return "o/" + model.name() + "/";
    }

    public static String object(HybridModel model, String guid) {
        return "o/" + model.name() + "/" + KeySegments.escape(guid);
    }

    public static String unique(HybridModel model, PropertyModel property, Object value) {
        return "u/" + model.name() + "/" + property.name() + "/" + KeySegments.value(property.valueType().kind(), value);
    }

    /** Prefix of the index entries of one value. */
    public static String indexPrefix(HybridModel model, PropertyModel property, Object value) {
        return "i/" + model.name() + "/" + property.name() + "/" + KeySegments.value(property.valueType().kind(), value) + "/";
    }

    public static String index(HybridModel model, PropertyModel property, Object value, String guid) {
        // one concatenation, not the prefix's and then another: a save builds two of these
        return "i/" + model.name() + "/" + property.name() + "/" + KeySegments.value(property.valueType().kind(), value) + "/"
                + KeySegments.escape(guid);
    }

    /** Prefix of the reverse entries of a one-to-many backref of one target. */
    public static String reversePrefix(RelationModel relation, String targetGuid) {
        return reverseOne(relation, targetGuid) + "/";
    }

    public static String reverse(RelationModel relation, String targetGuid, String childGuid) {
        return reversePrefix(relation, targetGuid) + KeySegments.escape(childGuid);
    }

    /** The single reverse entry of a one-to-one relation's target. */
    public static String reverseOne(RelationModel relation, String targetGuid) {
        return "r/" + relation.target().name() + "/" + KeySegments.escape(targetGuid) + "/" + relation.backref();
    }

    public static String linkStamp(HybridModel model, String guid) {
        return "l/" + model.name() + "/" + KeySegments.escape(guid);
    }

    /** Prefix of every generation key. */
    public static final String GENERATION_PREFIX = "g/";

    /** The generation key of a field of a hybrid. */
    public static String generation(HybridModel model, String field) {
        return GENERATION_PREFIX + model.name() + "/" + field;
    }

    /** The generation key of a hybrid's membership (objects created or deleted). */
    public static String membershipGeneration(HybridModel model) {
        return GENERATION_PREFIX + model.name() + "/*";
    }

    /**
     * The guid at the end of a key ({@code o/<hybrid>/<guid>}, an index or reverse entry...),
     * exactly as it was given: the one place a guid is read from a key. Guids created now never
     * need escaping ({@link Guids#requireValid}); an escaped one written by an older version is
     * unescaped, so its object stays readable under its original guid.
     */
    public static String guidOf(String key) {
        return guidOfSegment(key.substring(key.lastIndexOf('/') + 1));
    }

    /** The guid of one key segment that holds a guid ({@code <tguid>} of a reverse entry), as {@link #guidOf} reads it. */
    public static String guidOfSegment(String segment) {
        return KeySegments.unescape(segment);
    }
}
