package io.hybriddal.codegen;

import io.hybriddal.dal.internal.rules.DeclarationRules;
import io.hybriddal.dal.internal.rules.Rule;
import io.hybriddal.dal.internal.rules.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The hybrid-dal annotation processor. For every {@code @Hybrid} class it checks the declaration
 * with hybrid-dal's shared declaration rules, the ones registration checks too (errors on the
 * offending element, so a bad hybrid never compiles) and generates the metamodel
 * class {@code X_}; once all rounds are done it checks what spans hybrids (names, backrefs) and
 * writes the hybrid index and {@code model.json}. It needs the hybrid-dal jar (for those rules) on the processor path.
 */
public final class HybridProcessor extends AbstractProcessor {

    /** Qualified names of the hybrids seen so far, in order; re-resolved at the end (elements do not outlive rounds). */
    private final Set<String> hybrids = new LinkedHashSet<>();
    /** Those whose class is sound (a class extending DataObject), so cross-hybrid checks may read them. */
    private final Set<String> sound = new LinkedHashSet<>();
    private Reporter reporter;
    private ModelReader reader;
    private Annotations annotations;
    private MetamodelWriter metamodelWriter;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Elements elements = env.getElementUtils();
        reporter = new Reporter(env.getMessager());
        annotations = new Annotations(elements);
        reader = new ModelReader(annotations);
        metamodelWriter = new MetamodelWriter(env.getFiler());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Names.HYBRID);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement hybridAnnotation = processingEnv.getElementUtils().getTypeElement(Names.HYBRID);
        if (hybridAnnotation != null) {
            for (Element e : round.getElementsAnnotatedWith(hybridAnnotation)) {
                if (e instanceof TypeElement type && hybrids.add(type.getQualifiedName().toString())) {
                    checkAndGenerate(type);
                }
            }
        }
        if (round.processingOver() && !sound.isEmpty()) {
            finish();
        }
        return false; // @Hybrid is also read at run time; other processors may want it too
    }

    private void checkAndGenerate(TypeElement type) {
        HybridModel model = reader.read(type);
        TypeElement dataObject = processingEnv.getElementUtils().getTypeElement(Names.DATA_OBJECT);
        MirrorClass view = new MirrorClass(type, model.name(), annotations, processingEnv.getTypeUtils(), dataObject);
        List<Violation> violations = DeclarationRules.check(view);
        violations.forEach(v -> reporter.report(type, v));
        if (violations.stream().anyMatch(v -> v.rule() == Rule.HYBRID_CLASS)) {
            return;
        }
        sound.add(type.getQualifiedName().toString());
        if (!reporter.failed(type)) {
            try {
                metamodelWriter.write(model, chain(model));
            } catch (IOException e) {
                fail("cannot write " + MetamodelWriter.className(type) + ": " + e.getMessage());
            }
        }
    }

    /** The models of {@code model}'s base hybrids, root first, then {@code model}. */
    private List<HybridModel> chain(HybridModel model) {
        List<HybridModel> chain = new ArrayList<>();
        for (TypeElement base = model.base(); base != null; base = ModelReader.baseHybrid(base)) {
            chain.add(0, reader.read(base));
        }
        chain.add(model);
        return chain;
    }

    private void finish() {
        Elements elements = processingEnv.getElementUtils();
        List<HybridModel> models = new ArrayList<>();
        for (String name : sound) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                models.add(reader.read(type));
            }
        }
        Map<ExecutableElement, CrossRules.Link> links =
                new CrossRules(processingEnv.getTypeUtils(), reader, reporter).check(models);
        if (reporter.hasErrors()) {
            return; // the compilation fails; an index of a broken model would only mislead
        }
        try {
            new IndexWriter(processingEnv.getFiler(), elements).write(models.stream().map(HybridModel::type).toList());
            new ModelJsonWriter(processingEnv.getFiler(), elements, reader).write(models, links);
        } catch (IOException e) {
            fail("cannot write the hybrid index or model description: " + e.getMessage());
        }
    }

    private void fail(String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "hybrid-dal codegen: " + message);
    }
}
