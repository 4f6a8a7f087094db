package io.hybriddal.cli;

/**
 * An outside application's model, in three versions, as source: backend types with a set of
 * features, backends (a unique name, a default, an indexed region, a boolean dynamic
 * {@code isAvailable()}), and a junction hybrid linking backends to backends. Its hybrid named
 * {@code backend} is also a name of the bundled demo model.
 */
final class InventoryModel {

    static final String BACKEND_TYPE = """
            package com.acme.inventory;

            import io.hybriddal.dal.Backref;
            import io.hybriddal.dal.DataList;
            import io.hybriddal.dal.DataObject;
            import io.hybriddal.dal.Hybrid;
            import io.hybriddal.dal.Property;
            import java.util.Set;

            @Hybrid
            public abstract class BackendType extends DataObject {
                @Property(unique = true)
                public abstract String getCode();
                public abstract void setCode(String code);

                @Property(mandatory = false)
                public abstract Set<String> getFeatures();
                public abstract void setFeatures(Set<String> features);

                @Backref("backends")
                public abstract DataList<Backend> getBackends();
            }
            """;

    static final String BACKEND_LINK = """
            package com.acme.inventory;

            import io.hybriddal.dal.DataObject;
            import io.hybriddal.dal.Hybrid;
            import io.hybriddal.dal.Property;
            import io.hybriddal.dal.Relation;

            @Hybrid
            public abstract class BackendLink extends DataObject {
                @Relation(backref = "outgoing")
                public abstract Backend getSource();
                public abstract void setSource(Backend source);

                @Relation(backref = "incoming")
                public abstract Backend getTarget();
                public abstract void setTarget(Backend target);

                @Property(defaultValue = "1")
                public abstract int getWeight();
                public abstract void setWeight(int weight);
            }
            """;

    /** Today's backend. */
    static final String BACKEND = backend("""
                @Property(mandatory = false, indexed = true)
                public abstract String getRegion();
                public abstract void setRegion(String region);
            """);

    /** A newer version of the application: it also stores the vendor. */
    static final String NEWER_BACKEND = backend("""
                @Property(mandatory = false, indexed = true)
                public abstract String getRegion();
                public abstract void setRegion(String region);

                @Property(mandatory = false)
                public abstract String getVendor();
                public abstract void setVendor(String vendor);
            """);

    /** An older version of the application: backends had no region yet. */
    static final String OLDER_BACKEND = backend("");

    private InventoryModel() {
    }

    private static String backend(String moreMembers) {
        return """
                package com.acme.inventory;

                import io.hybriddal.dal.DataObject;
                import io.hybriddal.dal.Dynamic;
                import io.hybriddal.dal.Hybrid;
                import io.hybriddal.dal.Property;
                import io.hybriddal.dal.Relation;

                @Hybrid
                public abstract class Backend extends DataObject {
                    @Property(unique = true)
                    public abstract String getName();
                    public abstract void setName(String name);

                    @Property(defaultValue = "0")
                    public abstract long getCapacity();
                    public abstract void setCapacity(long capacity);

                    @Relation(backref = "backends")
                    public abstract BackendType getType();
                    public abstract void setType(BackendType type);
                """ + moreMembers + """

                    @Dynamic(ttl = 30)
                    public boolean isAvailable() {
                        return getCapacity() > 0;
                    }
                }
                """;
    }
}
