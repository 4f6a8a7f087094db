package io.hybriddal.codegen;

import io.hybriddal.dal.internal.rules.Violation;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports problems on the offending element. Every message starts with the hybrid class and
 * member in brackets and ends with what to do, so it reads well in an IDE and in a build log.
 * It remembers which hybrids had errors so that nothing is generated for them.
 */
final class Reporter {

    private final Messager messager;
    private final Set<String> failedTypes = new HashSet<>();
    /** Keyed by text: javac may hand out new element objects for the same method in a later round. */
    private final Set<String> failedMembers = new HashSet<>();
    private int errors;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    /** A broken declaration rule of {@code hybrid}, on the offending method or on the class. */
    void report(TypeElement hybrid, Violation violation) {
        if (violation.member() == null) {
            error(hybrid, violation.message());
        } else {
            error(hybrid, ((MirrorMethod) violation.member()).element(), violation.message());
        }
    }

    /** An error on a hybrid class itself. */
    void error(TypeElement hybrid, String problem) {
        errors++;
        failedTypes.add(hybrid.getQualifiedName().toString());
        messager.printMessage(Diagnostic.Kind.ERROR, Violation.text(hybrid.getQualifiedName().toString(), null, problem), hybrid);
    }

    /** An error on a member of {@code hybrid} (declared in it or in a class it extends). */
    void error(TypeElement hybrid, ExecutableElement member, String problem) {
        errors++;
        failedTypes.add(hybrid.getQualifiedName().toString());
        failedMembers.add(key(member));
        messager.printMessage(Diagnostic.Kind.ERROR, prefix(hybrid, member) + problem, member);
    }

    void warning(TypeElement hybrid, ExecutableElement member, String problem) {
        messager.printMessage(Diagnostic.Kind.WARNING, prefix(hybrid, member) + problem, member);
    }

    private static String prefix(TypeElement hybrid, Element member) {
        return Violation.text(hybrid.getQualifiedName().toString(), Names.signature((ExecutableElement) member), "");
    }

    boolean failed(TypeElement hybrid) {
        return failedTypes.contains(hybrid.getQualifiedName().toString());
    }

    /** Whether an error was reported on {@code member}: later rules skip it rather than pile on. */
    boolean failed(ExecutableElement member) {
        return failedMembers.contains(key(member));
    }

    private static String key(ExecutableElement member) {
        return member.getEnclosingElement() + "#" + member.getSimpleName() + member.asType();
    }

    boolean hasErrors() {
        return errors > 0;
    }
}
