package org.tsunagu.cli.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.tsunagu.cli.common.TerminalText;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.fact.Extraction;

/**
 * Extraction of the articles in some files and folders on every core, without a database: each
 * document's extraction, or the line saying why a file gave none, is handed on in input order.
 * The one way {@code extract} and {@code eval} turn files into facts.
 */
public final class ArticleExtraction {

    private final Extractor extractor;

    private ArticleExtraction(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The standard extractor, loaded once for the run. */
    public static ArticleExtraction standard() {
        return new ArticleExtraction(Extractors.standard());
    }

    /**
     * Extracts every article under {@code paths}, calling {@code extracted} or {@code failed} (with
     * one line naming the file and the reason) for each file in input order, on one thread at a time.
     *
     * @return how many files gave no extraction
     */
    public int run(List<Path> paths, Consumer<Extraction> extracted, Consumer<String> failed) {
        AtomicInteger failures = new AtomicInteger();
        InOrderWorkers.allCores().run(ArticleFiles.of(paths, ReadOptions.defaults()).iterator(),
                this::extract,
                result -> {
                    if (result.extraction() != null) {
                        extracted.accept(result.extraction());
                    } else {
                        failures.incrementAndGet();
                        failed.accept(TerminalText.escaped(result.path()) + ": " + TerminalText.escaped(result.failure()));
                    }
                });
        return failures.get();
    }

    private Result extract(ReadResult file) {
        if (file instanceof ReadResult.Unreadable unreadable) {
            return new Result(unreadable.path(), null, unreadable.reason());
        }
        ReadResult.Read read = (ReadResult.Read) file;
        try {
            return new Result(read.path(), extractor.extract(read.document()), null);
        } catch (RuntimeException e) {
            return new Result(read.path(), null, "extraction failed: " + e);
        }
    }

    /** One file's extraction, or why there is none. */
    private record Result(Path path, Extraction extraction, String failure) {
    }
}
