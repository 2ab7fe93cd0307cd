package org.tsunagu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Document;

/**
 * Extraction costs in proportion to the document: a hostile file that repeats ordinary sentences
 * thousands of times (within every size limit) must not cost the square of its length. Speed
 * itself is measured by {@code bench extract}; this checks the shape of the cost, in the
 * extracting thread's processor time and memory allocated, so that a busy machine does not change
 * the answer.
 */
class ExtractionCostTest {

    private static final Extractor EXTRACTOR = Extractors.standard();
    private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    /**
     * Ordinary news sentences that between them reach every rule that once read the whole document
     * for each name, sum, reference, occasion or product: persons and titles, a sum, "the company",
     * "It", a demonym, a quoted brand, "the two cities", a dashed pair of countries, an undated visit.
     */
    private static final String PARAGRAPH = "Governor Heita Kawakatsu of Shizuoka met Chairman Nguyen Van Thang in Hanoi. "
            + "Aeon Mall will invest 200 million dollars in Binh Duong, the company said. "
            + "It also showed Japanese rice under the brand “Shizuoka Gold” at the Sapporo fair. "
            + "The two cities signed an MOU to lift Vietnam-Japan trade. "
            + "Toyota opened a plant in Hanoi in March 2024.\n";
    private static final int REPEATS = 250;

    private final Document small = Document.of("small", "test://small", PARAGRAPH.repeat(REPEATS));
    private final Document large = Document.of("large", "test://large", PARAGRAPH.repeat(4 * REPEATS));

    @Test
    void extractsFourTimesTheTextInLessThanEightTimesTheProcessorTime() {
        warmUp();

        long smallTime = fastestOfTwo(small);
        long largeTime = fastestOfTwo(large);

        assertThat(largeTime).as("processor time (ns) for %,d characters, four times %,d taking %,d ns",
                large.text().length(), small.text().length(), smallTime).isLessThan(8 * smallTime);
    }

    @Test
    void extractsFourTimesTheTextWithLessThanEightTimesTheMemoryAllocated() {
        warmUp();

        long smallBytes = allocatedBy(small);
        long largeBytes = allocatedBy(large);

        assertThat(largeBytes).as("bytes allocated for %,d characters, four times %,d allocating %,d bytes",
                large.text().length(), small.text().length(), smallBytes).isLessThan(8 * smallBytes);
    }

    private void warmUp() {
        for (int i = 0; i < 3; i++) {
            EXTRACTOR.extract(small);
        }
    }

    private static long fastestOfTwo(Document document) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long start = THREAD.getCurrentThreadCpuTime();
            EXTRACTOR.extract(document);
            fastest = Math.min(fastest, THREAD.getCurrentThreadCpuTime() - start);
        }
        return fastest;
    }

    private static long allocatedBy(Document document) {
        long start = THREAD.getCurrentThreadAllocatedBytes();
        EXTRACTOR.extract(document);
        return THREAD.getCurrentThreadAllocatedBytes() - start;
    }
}
