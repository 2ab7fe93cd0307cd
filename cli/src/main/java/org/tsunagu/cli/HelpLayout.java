package org.tsunagu.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help that wraps cleanly at 80 columns. Descriptions and footers are written in the source as
 * lines of about that width; picocli would print each as a line of its own and wrap the long ones
 * again, leaving a word or two stranded. Here the lines of a sentence are joined into one
 * paragraph for picocli to wrap, while the first description line (the summary the command list
 * shows), blank lines, headings ending in ':' and indented lines (lists, examples) stay as written.
 */
final class HelpLayout {

    static final int WIDTH = 80;

    private HelpLayout() {
    }

    static CommandLine apply(CommandLine commandLine) {
        reflow(commandLine);
        return commandLine.setUsageHelpWidth(WIDTH).setUsageHelpAutoWidth(false);
    }

    private static void reflow(CommandLine commandLine) {
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        usage.description(paragraphs(usage.description(), 1));
        usage.footer(paragraphs(usage.footer(), 0));
        commandLine.getSubcommands().values().forEach(HelpLayout::reflow);
    }

    /** The lines as paragraphs, the first {@code kept} lines left as they are. */
    static String[] paragraphs(String[] lines, int kept) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > kept && startsNothing(line) && endsNothing(paragraphs.get(paragraphs.size() - 1))) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + line.strip());
            } else {
                paragraphs.add(line);
            }
        }
        return paragraphs.toArray(String[]::new);
    }

    private static boolean startsNothing(String line) {
        return !line.isBlank() && !Character.isWhitespace(line.charAt(0));
    }

    private static boolean endsNothing(String paragraph) {
        return !paragraph.isBlank() && !paragraph.strip().endsWith(":") && !Character.isWhitespace(paragraph.charAt(0));
    }
}
