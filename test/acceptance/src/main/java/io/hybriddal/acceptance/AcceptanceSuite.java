package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance kit on one pair of stores: extend it once per pair, implement the two store
 * factories, and nest one empty class per contract, which JUnit then runs on that pair:
 * {@code @Nested class Backref extends BackrefContract {}}. The suite checks that none is
 * missing ({@link #everyContractOfTheKit_isNestedInThisSuite()}).
 *
 * <p>Each test gets its own stores, Dals and clock (see {@link DalTestBase}), and the kit closes
 * the stores after it:
 * <ul>
 *   <li>{@link #newPersistentStore()}: a new, <em>empty</em> persistent store (or a fresh
 *       namespace of a shared server) for each call;</li>
 *   <li>{@link #newVolatileStore(Clock)}: a new, empty volatile store (or a fresh key space)
 *       for each call. The contracts move time with the given clock and never sleep, so either
 *       the store's expiry follows the clock (as {@code MemoryVolatileStore(Clock)} does) or the
 *       engine checks TTLs against the Dal's clock itself.</li>
 * </ul>
 *
 * <p>Why the nested classes are declared by each pair and not once here: JUnit names a nested
 * test after the class that declares it, and Surefire merges the results of equally named tests
 * as reruns of one test, so contracts nested here would report the second pair of a module as
 * reruns of the first.
 */
@ExtendWith(EnclosingSuiteResolver.class)
public abstract class AcceptanceSuite {

    /** A new, empty persistent store; closed by the kit after the test. */
    protected abstract PersistentStore newPersistentStore();

    /** A new, empty volatile store whose expiry follows {@code clock}; closed by the kit after the test. */
    protected abstract VolatileStore newVolatileStore(Clock clock);

    @Test
    void everyContractOfTheKit_isNestedInThisSuite() {
        List<Class<?>> declared = Arrays.asList(getClass().getDeclaredClasses());
        List<String> nestedContracts = declared.stream()
                .filter(type -> type.isAnnotationPresent(Nested.class) && !Modifier.isStatic(type.getModifiers()))
                .map(type -> type.getSuperclass().getSimpleName())
                .sorted()
                .toList();

        assertThat(ContractClasses.simpleNames()).as("contracts of the kit").hasSizeGreaterThan(10);
        assertThat(nestedContracts).as("contracts nested in %s, as @Nested inner classes", getClass().getSimpleName())
                .containsExactlyElementsOf(ContractClasses.simpleNames());
    }
}
