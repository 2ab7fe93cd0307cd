package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.testing.TemporaryDatabase;

/**
 * Exports a knowledge base of many facts in every format, to show that an export's memory does
 * not grow with the store. Too slow for every build, so it runs only when asked, best with a small
 * heap: {@code ./mvnw -B verify -pl web -am -Dtest=ExportAtScaleTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtsunagu.exportScale=100000 -DargLine=-Xmx128m}. It prints the time and size of each export.
 */
@EnabledIfSystemProperty(named = "tsunagu.exportScale", matches = "\\d+")
class ExportAtScaleTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void exportsEveryFormatOfAStoreWithManyFacts() throws Exception {
        int facts = Integer.getInteger("tsunagu.exportScale");
        long start = System.nanoTime();
        ManyAgreements.store(store.database(), facts);
        report("store " + facts + " agreements", start, 0, 0);
        Exporter exporter = new Exporter(store.database(), Clock.systemUTC());

        for (ExportFormat format : ExportFormat.values()) {
            Optional<FactType> type = format == ExportFormat.ICS ? Optional.empty() : Optional.of(FactType.AGREEMENT);
            Counting out = new Counting();
            start = System.nanoTime();
            long records = exporter.write(format, type, out);
            report(format.code(), start, records, out.bytes);
            assertThat(records).isEqualTo(format == ExportFormat.ICS ? 0 : facts);
        }
    }

    private static void report(String what, long start, long records, long bytes) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%-24s %7.1f s %9d records %8.1f MB  heap in use %4d MB of %4d MB%n", what,
                (System.nanoTime() - start) / 1e9, records, bytes / 1e6,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    /** Counts the bytes of an export and throws them away. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
