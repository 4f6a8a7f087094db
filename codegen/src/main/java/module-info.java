/**
 * The hybrid-dal annotation processor: compile-time checks of hybrid declarations (with the rules
 * registration uses, from {@code io.hybriddal.dal}), {@code X_} metamodels, the hybrid index and
 * the model description.
 */
module io.hybriddal.codegen {
    requires io.hybriddal.dal;
    requires java.compiler;

    provides javax.annotation.processing.Processor with io.hybriddal.codegen.HybridProcessor;
}
