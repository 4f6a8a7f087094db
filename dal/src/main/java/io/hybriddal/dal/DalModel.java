package io.hybriddal.dal;

import java.util.List;
import java.util.Optional;

/**
 * The registered model of a {@link Dal} ({@link Dal#model()}): read-only, immutable and
 * thread-safe. For tools that work on any model: reports, the command line, imports, plans.
 */
public interface DalModel {

    /** Every hybrid (one per hybrid: an extension stands in place of its base), in registration order. */
    List<HybridInfo> hybrids();

    /**
     * The hybrid named {@code name} (the name of a registered class, so a base's name yields its extension).
     *
     * @throws InvalidHybridException naming the known hybrids when there is none
     * @throws NullPointerException   if {@code name} is null
     */
    HybridInfo hybrid(String name);

    /**
     * The hybrid serving {@code type} (its registered extension, when there is one).
     *
     * @throws InvalidHybridException if {@code type} is not registered
     * @throws NullPointerException   if {@code type} is null
     */
    HybridInfo hybrid(Class<?> type);

    /** The hybrid named {@code name}, or empty. */
    Optional<HybridInfo> findHybrid(String name);
}
