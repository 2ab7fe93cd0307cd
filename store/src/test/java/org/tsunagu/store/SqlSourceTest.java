package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rule: SQL is never built by string concatenation from input; values are bound. */
class SqlSourceTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String LITERAL = "\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"|[A-Z][A-Z_]*";
    private static final Pattern STATEMENT = Pattern.compile("(createQuery|createUpdate|prepareBatch|createScript)\\(");
    /** The SQL handed to Jdbi: a literal, a text block or a constant, nothing computed. */
    private static final Pattern ONE_LITERAL = Pattern.compile("\\(\\s*(" + LITERAL + ")\\s*\\)");
    /** The writer's plain JDBC statements take their SQL first, then the values bound to it. */
    private static final Pattern JDBC_STATEMENT = Pattern.compile("statements\\.(add|flush|execute|findLong|oneLong)\\(");
    private static final Pattern LITERAL_FIRST = Pattern.compile("\\(\\s*(" + LITERAL + ")\\s*[,)]");
    /** A String constant is made of literals, text blocks and other constants only. */
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) =(.*?);", Pattern.DOTALL);
    private static final Pattern LITERALS_AND_CONSTANTS = Pattern.compile(
            "\\s*(" + LITERAL + ")(\\s*\\+\\s*(" + LITERAL + "))*\\s*");

    @Test
    void everyStatementIsALiteralOrAConstant() throws IOException {
        List<String> computed = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher matcher = STATEMENT.matcher(source);
            while (matcher.find()) {
                Matcher argument = ONE_LITERAL.matcher(source).region(matcher.end() - 1, source.length());
                if (!argument.lookingAt()) {
                    computed.add(file.getFileName() + ": " + source.substring(matcher.start(),
                            Math.min(source.length(), matcher.end() + 40)));
                }
            }
        }
        assertThat(computed).isEmpty();
    }

    @Test
    void everyJdbcStatementIsALiteralOrAConstant() throws IOException {
        List<String> computed = new ArrayList<>();
        int calls = 0;
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher matcher = JDBC_STATEMENT.matcher(source);
            while (matcher.find()) {
                calls++;
                if (!LITERAL_FIRST.matcher(source).region(matcher.end() - 1, source.length()).lookingAt()) {
                    computed.add(file.getFileName() + ": " + source.substring(matcher.start(),
                            Math.min(source.length(), matcher.end() + 40)));
                }
            }
        }
        assertThat(calls).as("calls of the writer's JDBC statements found").isPositive();
        assertThat(computed).isEmpty();
    }

    @Test
    void everyStringConstantIsMadeOfLiteralsAndConstants() throws IOException {
        List<String> computed = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher matcher = CONSTANT.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!LITERALS_AND_CONSTANTS.matcher(matcher.group(2)).matches()) {
                    computed.add(file.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(computed).isEmpty();
    }

    @Test
    void theRuleCatchesInputJoinedToALiteral() {
        String source = "handle.createQuery(\"SELECT * FROM facts WHERE type = '\" + type + \"'\")";
        Matcher call = STATEMENT.matcher(source);

        assertThat(call.find()).isTrue();
        assertThat(ONE_LITERAL.matcher(source).region(call.end() - 1, source.length()).lookingAt()).isFalse();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
