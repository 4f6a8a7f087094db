/**
 * The acceptance kit: the behaviour of the DAL (DESIGN.md's public API and semantics) as JUnit 5
 * contracts that run on every pair of stores.
 *
 * <p>Each {@code *Contract} class covers one concern on the fixture of {@link
 * io.hybriddal.acceptance.DalTestBase}. A store pair runs them all from one subclass of {@link
 * io.hybriddal.acceptance.AcceptanceSuite} that supplies the stores and nests one empty class per
 * contract; the suite fails when a contract is not nested. {@code model} and {@code querymodel}
 * hold the hybrids the contracts declare.
 */
package io.hybriddal.acceptance;
