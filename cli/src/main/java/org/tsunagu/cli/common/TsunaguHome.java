package org.tsunagu.cli.common;

import java.nio.file.Path;

/**
 * The Tsunagu folder: where the launcher script lives (it exports {@code TSUNAGU_HOME}), or the
 * working folder when the jar is run by hand. The default database and the sample articles are
 * found relative to it, so the commands work from any working folder.
 */
public final class TsunaguHome {

    private TsunaguHome() {
    }

    public static Path folder() {
        String home = System.getenv("TSUNAGU_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }
}
