package org.tsunagu.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps one server per SQLite file: a server holds an operating-system lock on {@code FILE.serving}
 * beside the database while it runs, and a second server over the same file is refused. Two
 * servers would each cache the knowledge base and keep the search index beside it up to date, so
 * one would show what the other's reviews have made stale. The operating system drops the lock
 * when the process ends, however it ends, so a crash leaves nothing to clean up.
 */
public final class ServingLock implements AutoCloseable {

    private static final String SQLITE_URL = "jdbc:sqlite:";

    private final Optional<FileChannel> channel;

    private ServingLock(Optional<FileChannel> channel) {
        this.channel = channel;
    }

    /**
     * Locks the database for this server; a database that is not a file needs no lock.
     *
     * @throws AlreadyServedException when another server holds the lock
     */
    public static ServingLock acquire(String location) {
        Optional<Path> file = fileOf(location);
        if (file.isEmpty()) {
            return new ServingLock(Optional.empty());
        }
        try {
            FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (lockedOrClosed(channel)) {
                return new ServingLock(Optional.of(channel));
            }
            throw new AlreadyServedException(location + " is already being served by another Tsunagu server: stop that"
                    + " one first, or serve a copy of the file (two servers would show each other's changes late)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file.get() + ": " + e.getMessage(), e);
        }
    }

    /** The lock file of a SQLite location, none for a database that is not a file. */
    static Optional<Path> fileOf(String location) {
        String path = location.startsWith(SQLITE_URL) ? location.substring(SQLITE_URL.length()) : location;
        if (path.startsWith("jdbc:") || path.isBlank() || path.startsWith(":memory:")) {
            return Optional.empty();
        }
        Path file = Path.of(path).toAbsolutePath();
        return Optional.of(file.resolveSibling(file.getFileName() + ".serving"));
    }

    /** Locks through the channel, or closes it: a channel that holds no lock must not stay open. */
    private static boolean lockedOrClosed(FileChannel channel) throws IOException {
        boolean locked = false;
        try {
            locked = channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            // Held by a server in this same process: not locked.
        } finally {
            if (!locked) {
                channel.close();
            }
        }
        return locked;
    }

    /** Releases the lock (closing the channel does) so that another server may start. */
    @Override
    public void close() {
        try {
            if (channel.isPresent()) {
                channel.get().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another server holds the database. */
    public static final class AlreadyServedException extends RuntimeException {
        AlreadyServedException(String message) {
            super(message);
        }
    }
}
