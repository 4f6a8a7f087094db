package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.declare;
import static io.hybriddal.codegen.Hybrids.hybrid;
import static io.hybriddal.codegen.TestCompiler.check;

import org.junit.jupiter.api.Test;

class RelationRulesTest {

    @Test
    void relationToNonHybrid_isCompileError_namingTheMethod() {
        String src = hybrid("Box", "@Relation(backref = \"boxes\") public abstract String getOwner();");
        check(src).assertSingleError("getOwner", "hybrid [t.Box] member [getOwner()]",
                "@Relation returns String, which is not a @Hybrid class", "use @Property for a value");
    }

    @Test
    void relationToDataObjectWithoutHybridAnnotation_isCompileError() {
        String plain = declare("", "public abstract class Plain extends DataObject", "");
        String src = hybrid("Box", "@Relation(backref = \"boxes\") public abstract Plain getOwner();");
        check(plain, src).assertSingleError("getOwner", "@Relation returns Plain, which is not a @Hybrid class");
    }

    @Test
    void relationWithBlankBackref_isCompileError_askingForAName() {
        String src = hybrid("Box", "@Relation(backref = \" \") public abstract Box getParent();");
        check(src).assertSingleError("getParent", "@Relation needs a backref name");
    }

    @Test
    void selfRelation_withBackref_compilesClean() {
        String src = hybrid("Box", """
                    @Relation(backref = "children", mandatory = false) public abstract Box getParent();
                    public abstract void setParent(Box parent);
                    @Backref("children") public abstract DataList<Box> getChildren();
                """);
        check(src).assertClean();
    }

    @Test
    void twoRelationsWithOneBackrefOnOneTarget_isCompileError_onTheSecond() {
        String pool = hybrid("Pool", "");
        String disk = hybrid("Disk", """
                    @Relation(backref = "disks") public abstract Pool getPool();
                    @Relation(backref = "disks") public abstract Pool getSpare();
                """);
        check(pool, disk).assertSingleError("getSpare", "backref [disks] on Pool is already declared by relation t.Disk.pool");
    }
}
