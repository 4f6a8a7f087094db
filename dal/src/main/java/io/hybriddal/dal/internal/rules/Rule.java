package io.hybriddal.dal.internal.rules;

import java.util.Locale;

/**
 * Every rule a hybrid declaration must follow, each with a stable id and its one message. The
 * message says what is wrong and what to do; its {@code %s} are filled by {@link #message}. Both
 * the annotation processor and registration report a broken rule with this message, so a user
 * reads the same text whether the processor ran or not.
 */
public enum Rule {
    HYBRID_CLASS("hybrid-class", "a hybrid must be an abstract class extending DataObject (directly or through another"
            + " hybrid); declare it as 'public abstract class ... extends DataObject'"),
    HYBRID_NOT_FINAL("hybrid-not-final", "a hybrid cannot be final: hybrid-dal implements it in a generated subclass;"
            + " remove 'final'"),
    HYBRID_STATIC("hybrid-static", "a nested hybrid must be static: hybrid-dal cannot instantiate an inner class;"
            + " add 'static'"),
    HYBRID_NAME("hybrid-name", "hybrid name [%s] must match [a-z][a-z0-9_]* (it is part of store keys);"
            + " set @Hybrid(name = \"...\") to such a name"),
    HYBRID_NAME_UNIQUE("hybrid-name-unique", "hybrid name [%s] is already used by [%s]; set @Hybrid(name = \"...\")"
            + " on one of them to a distinct name"),
    ANNOTATED_WITH_BODY("annotated-with-body", "%s is on a method with a body; hybrid-dal implements annotated getters"
            + " itself: make it abstract, or remove the annotation for a helper"),
    ONE_ANNOTATION("one-annotation", "an abstract getter needs exactly one of @Property, @Relation, @Backref (found %s);"
            + " annotate it with one, or give it a body for a helper"),
    GETTER_NAME("getter-name", "abstract method is not named like a JavaBean getter; name it get<Name>() (or is<Name>()"
            + " for a primitive boolean property), or give it a body"),
    ABSTRACT_OTHER("abstract-other", "abstract method that is neither a getter nor a setter; hybrid-dal implements only"
            + " annotated getters and their setters: give it a body"),
    RESERVED_NAME("reserved-name", "member name [%s] is reserved by DataObject (guid, version, hybridName, class);"
            + " rename it"),
    DUPLICATE_NAME("duplicate-name", "member name [%s] is already used by %s; rename one of them"),
    SETTER_ANNOTATED("setter-annotated", "a setter carries no annotation; move %s to the getter"),
    SETTER_ORPHAN("setter-orphan", "abstract setter without an annotated abstract getter for [%s]; declare the getter"
            + " with @Property or @Relation, or give the setter a body"),
    SETTER_OF_BACKREF("setter-of-backref", "[%s] is a @Backref, which is read-only (it lists the objects pointing"
            + " here); remove the setter and set the relation on the other side"),
    SETTER_TYPE("setter-type", "the setter takes %s but %s returns %s; make the parameter type the getter's type"),
    PROPERTY_TYPE("property-type", "property type %s%s cannot be stored; use " + ValueTypes.ALLOWED),
    SCALAR_FLAG("scalar-flag", "%s needs a scalar property (String, number, boolean or enum), not %s;"
            + " remove the flag"),
    RECORD_CYCLE("record-cycle", "%s type %s contains itself through records (%s); a stored value has a fixed,"
            + " finite shape: break the cycle, e.g. make the nested records a hybrid linked by a @Relation"),
    DEFAULT_VALUE("default-value", "defaultValue \"%s\" is not a %s: %s"),
    RELATION_TARGET("relation-target", "@Relation returns %s, which is not a @Hybrid class extending DataObject;"
            + " return a hybrid, or use @Property for a value"),
    RELATION_BACKREF("relation-backref", "@Relation needs a backref name for the reverse list on the target,"
            + " e.g. @Relation(backref = \"vdisks\")"),
    BACKREF_NAME("backref-name", "@Backref needs the backref name given by the relation, e.g. @Backref(\"vdisks\")"),
    BACKREF_UNIQUE("backref-unique", "backref [%s] on %s is already declared by relation %s; give this relation"
            + " another backref name"),
    BACKREF_RELATION("backref-relation", "no @Relation(backref = \"%1$s\") points at %2$s; declare one on the child"
            + " hybrid, e.g. @Relation(backref = \"%1$s\") public abstract %2$s get%2$s(), or fix the backref name"),
    BACKREF_TYPE("backref-type", "@Backref(\"%s\") lists the %s objects of relation %s; return %s, not %s"),
    DYNAMIC_ABSTRACT("dynamic-abstract", "@Dynamic is on an abstract method; a dynamic is computed by your code:"
            + " give it a body (or use @Property for a stored value)"),
    DYNAMIC_STATIC("dynamic-static", "@Dynamic is on a static method; dynamics are cached per object:"
            + " make it an instance method"),
    DYNAMIC_OVERRIDABLE("dynamic-overridable", "@Dynamic is on a final or private method; hybrid-dal overrides it to"
            + " cache the value: make it public or protected, and not final"),
    DYNAMIC_VOID("dynamic-void", "@Dynamic method returns void; return the computed value"),
    DYNAMIC_PARAMETERS("dynamic-parameters", "@Dynamic method takes parameters; a dynamic is a getter: remove them"),
    DYNAMIC_TTL("dynamic-ttl", "@Dynamic ttl is %s; give the seconds to cache (0 = never cached)"),
    DYNAMIC_TYPE("dynamic-type", "dynamic type %s%s cannot be cached; use " + ValueTypes.ALLOWED);

    private final String id;
    private final String template;

    Rule(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** The stable id, quoted at the end of every message so a report can be traced to its rule. */
    public String id() {
        return id;
    }

    /** The message with {@code args} in place, ending with the rule id. */
    public String message(Object... args) {
        return String.format(Locale.ROOT, template, args) + " (rule " + id + ")";
    }
}
