/**
 * The declaration rules of a hybrid, written once. The annotation processor (over
 * {@code javax.lang.model}) and registration (over reflection) check the same rules with the same
 * messages: each front end adapts its view of a class, its methods and their types to
 * {@link io.hybriddal.dal.internal.rules.ClassView}, {@link io.hybriddal.dal.internal.rules.MethodView}
 * and {@link io.hybriddal.dal.internal.rules.TypeView}, runs
 * {@link io.hybriddal.dal.internal.rules.DeclarationRules}, and reports each
 * {@link io.hybriddal.dal.internal.rules.Violation} its own way (a compile error on the element, an
 * {@code InvalidHybridException}).
 *
 * <p>This package uses nothing but the JDK, so the processor can load it inside javac. It is
 * internal: when hybrid-dal becomes a named module it is exported only to the processor
 * ({@code exports io.hybriddal.dal.internal.rules to io.hybriddal.codegen;}).
 */
package io.hybriddal.dal.internal.rules;
