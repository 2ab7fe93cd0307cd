package org.tsunagu.cli.eval.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A gold, prediction or document-list file that cannot be used; the message names it and says why. */
public final class UnreadableInputException extends Exception {

    public UnreadableInputException(String message) {
        super(message);
    }

    /** The UTF-8 lines of a file, or the reason in a user's words: missing, a folder, not permitted, not UTF-8. */
    static List<String> readLines(Path file) throws UnreadableInputException {
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException(file + ": is a folder, not a file");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(file + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableInputException(file + ": " + e.getMessage());
        }
    }
}
