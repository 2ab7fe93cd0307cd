package org.tsunagu.cli.kb;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.tsunagu.model.Coded;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Parsing shared by the knowledge-base commands. */
final class KbOptions {

    private KbOptions() {
    }

    /** The constant of a code typed on the command line, or a usage error listing the codes. */
    static <E extends Enum<E> & Coded> E code(CommandSpec spec, Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Coded.fromCode(type, code).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown value '" + code + "'; expected one of: " + Arrays.stream(type.getEnumConstants())
                        .map(Coded::code).collect(Collectors.joining(", "))));
    }

    static String defaultUser() {
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
    }
}
