package io.hybriddal.codegen;

/**
 * Builds small hybrid sources for the tests: one class in package {@code t} with the usual imports,
 * so each test shows only the members it is about.
 */
final class Hybrids {

    private Hybrids() {
    }

    /** {@code @Hybrid public abstract class <name> extends DataObject { <body> }} in package {@code t}. */
    static String hybrid(String name, String body) {
        return declare("@Hybrid", "public abstract class " + name + " extends DataObject", body);
    }

    /** A source in package {@code t} with the hybrid-dal and validation imports. */
    static String declare(String annotations, String header, String body) {
        return "package t;\n"
                + "import io.hybriddal.dal.*;\n"
                + "import jakarta.validation.constraints.*;\n"
                + "import java.time.Instant;\n"
                + "import java.util.*;\n"
                + annotations + "\n"
                + header + " {\n"
                + body + "\n"
                + "}\n";
    }

    /** A valid pool hybrid that volumes point at, listing them through backref "vdisks". */
    static final String VPOOL = hybrid("VPool", """
                @Property(unique = true, doc = "Pool name.")
                public abstract String getName();
                public abstract void setName(String name);

                @Backref(value = "vdisks", doc = "The volumes in this pool.")
                public abstract DataList<VDisk> getVdisks();
            """);

    /** A valid volume hybrid pointing at {@link #VPOOL}. */
    static final String VDISK = hybrid("VDisk", """
                @Property(unique = true, doc = "Volume name.")
                public abstract String getName();
                public abstract void setName(String name);

                @Property(defaultValue = "0", doc = "Size in bytes.") @Min(0)
                public abstract long getSize();
                public abstract void setSize(long size);

                @Property(mandatory = false, defaultValue = "false")
                public abstract boolean isOnline();
                public abstract void setOnline(boolean online);

                @Relation(backref = "vdisks", mandatory = false, doc = "The pool holding the volume.")
                public abstract VPool getVpool();
                public abstract void setVpool(VPool pool);

                @Dynamic(ttl = 60, doc = "Snapshot ids.")
                public List<String> getSnapshots() { return List.of(); }
            """);
}
