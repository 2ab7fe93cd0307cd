package org.tsunagu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes files and folders read-only for a test: by their permissions, and where those do not bind
 * (the tests run as root on CI) by the file system's immutable flag, which binds root too.
 */
final class ReadOnlyFiles {

    private final List<Path> immutable;

    private ReadOnlyFiles(List<Path> immutable) {
        this.immutable = immutable;
    }

    static ReadOnlyFiles lock(Path... paths) throws IOException, InterruptedException {
        List<Path> immutable = new ArrayList<>();
        for (Path path : paths) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        }
        for (Path path : paths) {
            if (Files.isWritable(path)) {
                chattr("+i", path);
                immutable.add(path);
            }
        }
        return new ReadOnlyFiles(immutable);
    }

    void unlock() throws IOException, InterruptedException {
        for (Path path : immutable) {
            chattr("-i", path);
        }
        immutable.clear();
    }

    private static void chattr(String flag, Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("chattr", flag, path.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("chattr " + flag + " " + path + " failed: permissions do not bind this user and the "
                    + "immutable flag cannot be set");
        }
    }
}
