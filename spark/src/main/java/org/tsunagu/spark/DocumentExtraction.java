package org.tsunagu.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.json.ExtractionJson;

/**
 * What a task does with its share of the corpus: reads each article as {@code ingest} reads it,
 * extracts its facts with the executor's one extractor, and gives its {@link ExtractionJson} line.
 * An article that gives no document, or whose extraction fails, gives no line but a failure
 * ("origin: reason"); every article counts once towards progress.
 */
final class DocumentExtraction implements Serializable {

    private static final long serialVersionUID = 1L;

    private final JobCounters counters;

    DocumentExtraction(JobCounters counters) {
        this.counters = counters;
    }

    /** The line of the article file (or the failure of the path) that a corpus walk found. */
    Iterator<String> ofFile(String path) {
        Iterator<ReadResult> read = ArticleFiles.of(List.of(Path.of(path))).iterator();
        ReadResult result = read.hasNext() ? read.next() : new ReadResult.Unreadable(Path.of(path), "no longer there");
        if (result instanceof ReadResult.Unreadable unreadable) {
            return failed(unreadable.describe());
        }
        return extracted(path, ((ReadResult.Read) result).document());
    }

    /** The line of one article of a JSON Lines corpus. */
    Iterator<String> ofRecord(String corpusFile, String line) {
        Document document;
        try {
            document = CorpusRecord.read(line);
        } catch (IllegalArgumentException e) {
            return failed(corpusFile + ": " + e.getMessage());
        }
        return extracted(corpusFile + ": " + document.name(), document);
    }

    private Iterator<String> extracted(String origin, Document document) {
        try {
            Extraction extraction = ExecutorExtractor.get().extract(document);
            String line = ExtractionJson.write(extraction).toString();
            counters.extracted(extraction);
            return List.of(line).iterator();
        } catch (RuntimeException e) {
            return failed(origin + ": extraction failed: " + e);
        }
    }

    private Iterator<String> failed(String failure) {
        counters.failed(failure);
        return List.<String>of().iterator();
    }
}
