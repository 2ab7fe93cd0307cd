package org.tsunagu.ingest.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The articles in the files and folders a user named: {@code .txt}, {@code .md},
 * {@code .markdown}, {@code .html}, {@code .htm} and {@code .pdf} files, folders walked
 * recursively in file-name order. Each file gives one {@link ReadResult}: a document, or the
 * reason it gave none. Nothing is thrown for a bad file, so one damaged PDF never stops a run.
 *
 * <p>Files are read one at a time as the caller iterates, so a run over 100,000 files holds one
 * article in memory, not all of them. Iterating twice walks the folders twice and sees any files
 * added in between. An instance is immutable; separate iterations may run on separate threads.
 *
 * <pre>{@code
 * ArticleFiles articles = ArticleFiles.of(List.of(Path.of("news")));
 * long total = articles.count();
 * try (Stream<ReadResult> results = articles.stream()) { ... }
 * }</pre>
 */
public final class ArticleFiles implements Iterable<ReadResult> {

    private final List<Path> paths;
    private final FileReading reading;

    private ArticleFiles(List<Path> paths, ReadOptions options) {
        this.paths = List.copyOf(paths);
        this.reading = new FileReading(Objects.requireNonNull(options, "options"));
    }

    /** The files and folders in {@code paths}, with the {@link ReadOptions#defaults() default limits}. */
    public static ArticleFiles of(List<Path> paths) {
        return of(paths, ReadOptions.defaults());
    }

    public static ArticleFiles of(List<Path> paths, ReadOptions options) {
        return new ArticleFiles(paths, options);
    }

    /**
     * How many results iterating will give, found by walking the folders without opening a file:
     * for a progress bar. Exact unless files are added or removed in between.
     */
    public long count() {
        return FileWalk.count(paths);
    }

    /**
     * The path of each result, in walk order, found without opening a file: for sharing a corpus
     * among machines, each of which reads its share as {@code ArticleFiles.of(List.of(path))},
     * which gives the same result for that path as iterating here would.
     */
    public List<Path> paths() {
        List<Path> found = new ArrayList<>();
        new FileWalk(paths).forEachRemaining(candidate -> found.add(candidate.path()));
        return found;
    }

    /** The results in walk order, each file read only when it is reached. */
    @Override
    public Iterator<ReadResult> iterator() {
        Iterator<Supplier<ReadResult>> unread = unread();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return unread.hasNext();
            }

            @Override
            public ReadResult next() {
                return unread.next().get();
            }
        };
    }

    /**
     * The results in walk order, each still to be read by whoever asks for it: for reading files on
     * several threads, in any order. Each gives what iterating would have given at its place.
     */
    public Iterator<Supplier<ReadResult>> unread() {
        FileWalk walk = new FileWalk(paths);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return walk.hasNext();
            }

            @Override
            public Supplier<ReadResult> next() {
                Candidate candidate = walk.next();
                return () -> read(candidate);
            }
        };
    }

    /**
     * The results as a sequential, lazy stream. It holds no open files between elements, so
     * closing it is not required.
     */
    public Stream<ReadResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Reads every result into a list: for tests and small batches, not for a whole corpus. */
    public List<ReadResult> readAll() {
        return stream().toList();
    }

    private ReadResult read(Candidate candidate) {
        if (!candidate.isFile()) {
            return new ReadResult.Unreadable(candidate.path(), candidate.problem());
        }
        return reading.read(candidate.path(), candidate.format());
    }
}
