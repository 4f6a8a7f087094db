package io.hybriddal.codegen;

import static io.hybriddal.codegen.Hybrids.hybrid;
import static io.hybriddal.codegen.TestCompiler.check;

import org.junit.jupiter.api.Test;

class AccessorRulesTest {

    @Test
    void abstractGetterWithoutAnnotation_isCompileError_namingTheMethod() {
        String src = hybrid("Box", "public abstract String getLabel();");
        check(src).assertSingleError("getLabel", "hybrid [t.Box] member [getLabel()]", "exactly one of @Property, @Relation, @Backref", "found none");
    }

    @Test
    void abstractGetterWithTwoAnnotations_isCompileError_namingBoth() {
        String src = hybrid("Box", "@Property @Backref(\"x\") public abstract String getLabel();");
        check(src).assertSingleError("getLabel", "member [getLabel()]", "found @Property and @Backref");
    }

    @Test
    void propertyOnConcreteGetter_isCompileError_sayingToMakeItAbstract() {
        String src = hybrid("Box", "@Property public String getLabel() { return \"x\"; }");
        check(src).assertSingleError("getLabel", "@Property is on a method with a body", "make it abstract");
    }

    @Test
    void relationOnConcreteGetter_isCompileError() {
        String src = hybrid("Box", "@Relation(backref = \"boxes\") public Box getParent() { return null; }");
        check(src).assertSingleError("getParent", "member [getParent()]", "@Relation is on a method with a body");
    }

    @Test
    void backrefOnConcreteGetter_isCompileError() {
        String src = hybrid("Box", "@Backref(\"boxes\") public DataList<Box> getBoxes() { return null; }");
        check(src).assertSingleError("getBoxes", "@Backref is on a method with a body");
    }

    @Test
    void abstractNonGetterName_isCompileError_askingForBeanName() {
        String src = hybrid("Box", "@Property public abstract String label();");
        check(src).assertSingleError("label()", "member [label()]", "JavaBean getter", "get<Name>()");
    }

    @Test
    void abstractMethodThatIsNoAccessor_isCompileError_askingForABody() {
        String src = hybrid("Box", "public abstract void refresh(int times);");
        check(src).assertSingleError("refresh", "member [refresh(int)]", "neither a getter nor a setter", "give it a body");
    }

    @Test
    void abstractSetterWithoutGetter_isCompileError_namingTheProperty() {
        String src = hybrid("Box", "public abstract void setLabel(String label);");
        check(src).assertSingleError("setLabel", "member [setLabel(String)]", "without an annotated abstract getter for [label]");
    }

    @Test
    void abstractSetterWithOtherType_isCompileError_namingBothTypes() {
        String src = hybrid("Box", """
                    @Property public abstract long getSize();
                    public abstract void setSize(int size);
                """);
        check(src).assertSingleError("setSize", "member [setSize(int)]", "takes int but getSize() returns long");
    }

    @Test
    void annotatedSetter_isCompileError_sayingToMoveTheAnnotation() {
        String src = hybrid("Box", """
                    @Property public abstract long getSize();
                    @Property public abstract void setSize(long size);
                """);
        check(src).assertSingleError("setSize", "a setter carries no annotation", "move @Property to the getter");
    }

    @Test
    void setterForBackref_isCompileError_sayingBackrefsAreReadOnly() {
        String pool = hybrid("Pool", """
                    @Backref("disks") public abstract DataList<Disk> getDisks();
                    public abstract void setDisks(DataList<Disk> disks);
                """);
        String disk = hybrid("Disk", "@Relation(backref = \"disks\") public abstract Pool getPool(); public abstract void setPool(Pool p);");
        check(pool, disk).assertSingleError("setDisks", "[disks] is a @Backref, which is read-only");
    }

    @Test
    void booleanIsGetter_namesTheProperty_withoutPrefix() {
        String src = hybrid("Box", """
                    @Property public abstract boolean isOnline();
                    public abstract void setOnline(boolean online);
                """);
        check(src).assertClean();
    }

    @Test
    void twoGettersForOneName_isCompileError_onTheSecond() {
        String src = hybrid("Box", """
                    @Property public abstract boolean isOnline();
                    @Property public abstract Boolean getOnline();
                """);
        check(src).assertSingleError("getOnline", "member name [online] is already used by isOnline()");
    }

    @Test
    void concreteHelpersAndFields_areIgnored() {
        String src = hybrid("Box", """
                    private final StringBuilder log = new StringBuilder();
                    @Property public abstract String getLabel();
                    public abstract void setLabel(String label);
                    public String describe() { return getLabel() + log; }
                    public void setLog(String s) { log.append(s); }
                """);
        check(src).assertClean();
    }
}
