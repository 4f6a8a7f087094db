package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.declare;
import static io.hybriddal.codegen.Hybrids.hybrid;

import io.hybriddal.dal.internal.rules.Rule;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One bad declaration per rule of {@link Rule}: sources that break that rule and no other, and the
 * classes to register (in that order) to meet it at run time. {@link RuleSourceTest} runs each
 * through the processor and through registration.
 */
final class RuleCases {

    /** Sources in package {@code t}, and the binary names of the classes to register. */
    record Case(List<String> sources, List<String> registered) {
    }

    static final Map<Rule, Case> CASES = new EnumMap<>(Rule.class);

    private static final String DISK_TO_POOL = hybrid("Disk", "@Relation(backref = \"disks\") public abstract Pool getPool();");

    static {
        one(Rule.HYBRID_CLASS, declare("@Hybrid", "public abstract class Loose", ""));
        one(Rule.HYBRID_NOT_FINAL, declare("@Hybrid", "public final class Frozen extends DataObject", ""));
        add(Rule.HYBRID_STATIC, List.of(declare("", "public class Outer",
                "@Hybrid public abstract class Inner extends DataObject { }")), "t.Outer$Inner");
        one(Rule.HYBRID_NAME, declare("@Hybrid(name = \"VDisk\")", "public abstract class Named extends DataObject", ""));
        two(Rule.HYBRID_NAME_UNIQUE, hybrid("Volume", ""),
                declare("@Hybrid(name = \"volume\")", "public abstract class Disk extends DataObject", ""));
        box(Rule.ANNOTATED_WITH_BODY, "@Property public String getLabel() { return \"\"; }");
        box(Rule.ONE_ANNOTATION, "public abstract String getLabel();");
        box(Rule.GETTER_NAME, "@Property public abstract String label();");
        box(Rule.ABSTRACT_OTHER, "public abstract void refresh(int times);");
        box(Rule.RESERVED_NAME, "@Property public abstract long getVersion();");
        box(Rule.DUPLICATE_NAME, "@Property public abstract boolean isOnline(); @Property public abstract Boolean getOnline();");
        box(Rule.SETTER_ANNOTATED, "@Property public abstract long getSize(); @Property public abstract void setSize(long size);");
        box(Rule.SETTER_ORPHAN, "public abstract void setLabel(String label);");
        two(Rule.SETTER_OF_BACKREF, hybrid("Pool", "@Backref(\"disks\") public abstract DataList<Disk> getDisks();"
                + " public abstract void setDisks(DataList<Disk> disks);"), DISK_TO_POOL);
        box(Rule.SETTER_TYPE, "@Property public abstract long getSize(); public abstract void setSize(int size);");
        box(Rule.PROPERTY_TYPE, "@Property public abstract Map<String, Thread> getWorkers();");
        box(Rule.RECORD_CYCLE, "public record Tree(String name, List<Tree> children) { } @Property public abstract Tree getRoot();");
        box(Rule.SCALAR_FLAG, "@Property(unique = true) public abstract List<String> getTags();");
        box(Rule.DEFAULT_VALUE, "@Property(defaultValue = \"12x\") public abstract long getSize();");
        box(Rule.RELATION_TARGET, "@Relation(backref = \"boxes\") public abstract String getOwner();");
        box(Rule.RELATION_BACKREF, "@Relation(backref = \"\") public abstract Box getParent();");
        box(Rule.BACKREF_NAME, "@Backref(\"\") public abstract DataList<Box> getChildren();");
        two(Rule.BACKREF_UNIQUE, hybrid("Pool", ""), hybrid("Disk", "@Relation(backref = \"disks\") public abstract Pool getPool();"
                + " @Relation(backref = \"disks\", mandatory = false) public abstract Pool getSpare();"));
        one(Rule.BACKREF_RELATION, hybrid("Pool", "@Backref(\"spares\") public abstract DataList<Pool> getSpares();"));
        two(Rule.BACKREF_TYPE, hybrid("Pool", "@Backref(\"disks\") public abstract Disk getDisks();"), DISK_TO_POOL);
        box(Rule.DYNAMIC_ABSTRACT, "@Dynamic(ttl = 5) public abstract List<String> getSnapshots();");
        box(Rule.DYNAMIC_STATIC, "@Dynamic(ttl = 5) public static long getUsage() { return 1; }");
        box(Rule.DYNAMIC_OVERRIDABLE, "@Dynamic(ttl = 5) public final long getUsage() { return 1; }");
        box(Rule.DYNAMIC_VOID, "@Dynamic(ttl = 5) public void getNothing() { }");
        box(Rule.DYNAMIC_PARAMETERS, "@Dynamic(ttl = 5) public long getUsage(int day) { return day; }");
        box(Rule.DYNAMIC_TTL, "@Dynamic(ttl = -1) public long getUsage() { return 1; }");
        box(Rule.DYNAMIC_TYPE, "@Dynamic(ttl = 5) public Thread getWorker() { return null; }");
    }

    private RuleCases() {
    }

    private static void box(Rule rule, String body) {
        one(rule, hybrid("Box", body));
    }

    private static void one(Rule rule, String source) {
        add(rule, List.of(source), TestCompiler.qualifiedTypeName(source));
    }

    private static void two(Rule rule, String first, String second) {
        add(rule, List.of(first, second), TestCompiler.qualifiedTypeName(first), TestCompiler.qualifiedTypeName(second));
    }

    private static void add(Rule rule, List<String> sources, String... registered) {
        if (CASES.put(rule, new Case(sources, List.of(registered))) != null) {
            throw new IllegalStateException("two cases for " + rule);
        }
    }
}
