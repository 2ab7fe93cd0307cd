package org.tsunagu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help that wraps cleanly at 80 columns. Descriptions and footers are written in the source as
 * lines of about that width; picocli prints each as a line of its own and wraps a long one again,
 * leaving a word stranded. Here the lines of a paragraph are joined for picocli to wrap as one
 * (the list of commands shows a description's first paragraph whole), and the lines of an
 * indented list item are joined and wrapped at 80 columns under the item's text, which picocli
 * cannot do. Blank lines, headings ending in ':', lines a shell continues ('\'), and the first
 * description line when it is a sentence of its own (the summary) stay as written.
 */
final class HelpLayout {

    static final int WIDTH = 80;
    /** An indented list item: the indentation and the term, then two or more spaces before its text. */
    private static final Pattern ITEM = Pattern.compile("^(\\s+\\S+\\s{2,})\\S");

    private HelpLayout() {
    }

    static CommandLine apply(CommandLine commandLine) {
        reflow(commandLine);
        return commandLine.setUsageHelpWidth(WIDTH).setUsageHelpAutoWidth(false);
    }

    private static void reflow(CommandLine commandLine) {
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        usage.description(wrapped(usage.description(), true));
        usage.footer(wrapped(usage.footer(), false));
        commandLine.getSubcommands().values().forEach(HelpLayout::reflow);
    }

    /** The lines as paragraphs, each one string, and list items wrapped at {@link #WIDTH} columns. */
    static String[] wrapped(String[] lines, boolean summaryFirst) {
        List<List<String>> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && continues(blocks.get(blocks.size() - 1), lines[i], summaryFirst && blocks.size() == 1)) {
                blocks.get(blocks.size() - 1).add(lines[i]);
            } else {
                blocks.add(new ArrayList<>(List.of(lines[i])));
            }
        }
        List<String> out = new ArrayList<>();
        blocks.forEach(block -> out.addAll(wrap(block)));
        return out.toArray(String[]::new);
    }

    private static boolean continues(List<String> block, String line, boolean afterSummary) {
        String first = block.get(0);
        String last = block.get(block.size() - 1);
        if (line.isBlank() || first.isBlank() || last.strip().endsWith(":") || last.strip().endsWith("\\")) {
            return false;
        }
        if (indentation(first) == 0) {
            return indentation(line) == 0 && !(afterSummary && last.strip().matches(".*[.!?]$"));
        }
        return indentation(line) > indentation(first);
    }

    /** A message as lines of at most {@link #WIDTH} columns, those after the first indented. */
    static String wrappedMessage(String text) {
        return String.join(System.lineSeparator(), wrap(List.of("  " + text))).substring(2);
    }

    private static List<String> wrap(List<String> block) {
        String first = block.get(0);
        if (indentation(first) == 0) {
            return List.of(String.join(" ", block.stream().map(String::strip).toList()));
        }
        if (block.size() == 1 && first.length() <= WIDTH) {
            return block;
        }
        Matcher item = ITEM.matcher(first);
        String lead = item.find() ? item.group(1) : " ".repeat(indentation(first));
        String hanging = " ".repeat(block.size() > 1 ? indentation(block.get(1)) : lead.length());
        StringBuilder text = new StringBuilder(first.substring(lead.length()).strip());
        block.subList(1, block.size()).forEach(line -> text.append(' ').append(line.strip()));
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(lead);
        int start = lead.length();
        for (String word : text.toString().split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.add(line.toString());
                line = new StringBuilder(hanging);
                start = hanging.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
