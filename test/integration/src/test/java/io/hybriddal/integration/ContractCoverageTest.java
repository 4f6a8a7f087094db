package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.DalTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Keeps the runners complete: every {@code *Contract} class of the acceptance suite (found in its
 * jar or classes directory, so that a new contract is noticed) has a runner on etcd + memcached and
 * one on the file store, and every {@link NotOnThisStore} names a test that exists. Needs no server.
 */
class ContractCoverageTest {

    private static final String PACKAGE = "io/hybriddal/acceptance/";

    @Test
    void everyAcceptanceContract_hasARunnerOnEachRealStorePair() throws Exception {
        List<String> contracts = contractNames();

        assertThat(contracts).as("acceptance contracts found").isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String contract : contracts) {
            String base = contract.substring(0, contract.length() - "Contract".length());
            for (String runner : List.of("EtcdMemcached" + base + "Test", "FileStore" + base + "Test")) {
                if (!runnerExists(runner)) {
                    missing.add(runner);
                }
            }
        }
        assertThat(missing).as("runners to add (one per contract and store pair)").isEmpty();
        for (String runner : runnerNames(contracts)) {
            Class<?> type = Class.forName(ContractCoverageTest.class.getPackageName() + "." + runner);
            for (NotOnThisStore skip : AnnotationSupport.findRepeatableAnnotations(type, NotOnThisStore.class)) {
                assertThat(ReflectionSupport.findMethod(type, skip.test())).as("%s disables an existing test", runner).isPresent();
            }
        }
        System.out.println("ACCEPTANCE-CONTRACTS " + contracts.size() + " " + contracts);
    }

    private static List<String> runnerNames(List<String> contracts) {
        List<String> names = new ArrayList<>();
        for (String contract : contracts) {
            String base = contract.substring(0, contract.length() - "Contract".length());
            names.add("EtcdMemcached" + base + "Test");
            names.add("FileStore" + base + "Test");
        }
        return names;
    }

    private static boolean runnerExists(String simpleName) {
        try {
            Class.forName(ContractCoverageTest.class.getPackageName() + "." + simpleName);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Simple names of the classes {@code io.hybriddal.acceptance.*Contract}, sorted. */
    private static List<String> contractNames() throws URISyntaxException, IOException {
        Path location = Path.of(DalTestBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return namesIn(location.resolve(PACKAGE));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
            return namesIn(jar.getPath(PACKAGE));
        }
    }

    private static List<String> namesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Contract.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
