package io.hybriddal.cli;

import io.hybriddal.dal.Design;
import io.hybriddal.dal.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The design file and stores of {@code plan}, {@code apply} and {@code drift} (a picocli mixin). */
final class DesignOptions {

    @Mixin
    StoreOptions stores;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "design file, YAML (.yaml, .yml) or JSON: hybrid name -> list of objects (member -> value; a relation"
                    + " -> the target's natural key or {guid: ...}); 'owning: [hybrid, ...]' deletes stored objects of those"
                    + " hybrids that the file does not list")
    Path file;

    /** Opens the stores, reads the design and plans it (reads only). */
    Planned plan(Session.Access access) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("design file " + file + " does not exist");
        }
        Session session = Session.open(stores, Clock.systemUTC(), access);
        try {
            return new Planned(session, session.dal.plan(Design.read(session.dal, file)));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A session and the plan made in it; closing closes the session. */
    record Planned(Session session, Plan plan) implements AutoCloseable {
        @Override
        public void close() {
            session.close();
        }
    }
}
