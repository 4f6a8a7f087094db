package io.hybriddal.cli;

import io.hybriddal.dal.HybridIndex;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads a user's model ({@code --model}: jars or class directories) beside the command, with the
 * bundled demo model hidden: its classes (package {@value #DEMO_PACKAGE}) and every hybrid-dal model
 * resource ({@value #MODEL_RESOURCES}: the hybrid index, model.json) come only from the model's own
 * paths. Everything else (hybrid-dal itself, Jackson, Bean Validation) comes from the command first,
 * so the model's classes and the engine share one {@code DataObject}.
 */
final class ModelClassLoader extends URLClassLoader {

    static final String DEMO_PACKAGE = "io.hybriddal.hybrids.";
    static final String MODEL_RESOURCES = "META-INF/hybrid-dal/";

    private final List<Path> paths;

    private ModelClassLoader(List<Path> paths, URL[] urls, ClassLoader parent) {
        super("hybrid-dal model", urls, parent);
        this.paths = paths;
    }

    /**
     * A loader of the model in {@code paths}.
     *
     * @throws IllegalArgumentException when a path does not exist, is neither a directory nor a jar,
     *                                  or when none of them holds a hybrid index
     */
    static ModelClassLoader of(List<Path> paths) {
        List<URL> urls = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p) && !(Files.isRegularFile(p) && p.toString().endsWith(".jar"))) {
                throw new IllegalArgumentException("--model " + p + (Files.exists(p) ? " is neither a directory nor a .jar" : " does not exist"));
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--model " + p + ": " + e.getMessage(), e);
            }
        }
        ModelClassLoader loader = new ModelClassLoader(List.copyOf(paths), urls.toArray(URL[]::new), ModelClassLoader.class.getClassLoader());
        if (loader.findResource(HybridIndex.RESOURCE) == null) {
            loader.closeQuietly();
            throw new IllegalArgumentException("--model " + loader.describe() + " holds no hybrid index (" + HybridIndex.RESOURCE
                    + "): compile the model with hybrid-dal's annotation processor (io.hybriddal.codegen.HybridProcessor)");
        }
        return loader;
    }

    /** The model's paths, as given. */
    String describe() {
        return String.join(",", paths.stream().map(Path::toString).toList());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(DEMO_PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name); // only from the model: the bundled demo model stays out of it
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(MODEL_RESOURCES) ? findResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(MODEL_RESOURCES) ? findResources(name) : super.getResources(name);
    }

    /** Closes the model's jars; a failure to close changes nothing for the command, so it is ignored. */
    void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // the jars stay open until the process ends
        }
    }
}
