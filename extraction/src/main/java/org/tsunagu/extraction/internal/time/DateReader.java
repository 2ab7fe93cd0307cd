package org.tsunagu.extraction.internal.time;

import java.util.regex.Matcher;

/** Turns one match of a date pattern into a date, or null when the words give none. */
interface DateReader {

    FoundDate read(Matcher m);
}
