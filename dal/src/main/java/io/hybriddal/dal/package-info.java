/**
 * The public API of hybrid-dal: declaring hybrids ({@link io.hybriddal.dal.Hybrid} and member
 * annotations), the {@link io.hybriddal.dal.Dal} and its builder, objects, queries and filters,
 * transactions, the change feed, the model metadata ({@link io.hybriddal.dal.DalModel}) and the
 * admin view ({@link io.hybriddal.dal.DalAdmin}), and the exceptions.
 */
package io.hybriddal.dal;
