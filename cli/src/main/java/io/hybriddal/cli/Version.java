package io.hybriddal.cli;

import picocli.CommandLine;

/** The version shown by {@code --version}: the jar's implementation version, when packaged. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = HybridDalCommand.class.getPackage().getImplementationVersion();
        return new String[] {"hybrid-dal " + (v == null ? "(development build)" : v)};
    }
}
