package dev.moodleaws.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the command line asks for.
 *
 * @param command           {@code validate}, {@code render}, {@code rules} or {@code help}
 * @param descriptor        the descriptor file
 * @param output            the folder of reports and rendered files
 * @param templateOverrides a folder of templates, or null
 * @param failOnWarning     fail on warnings too
 * @param properties        the {@code -Dname=value} values
 */
record CommandLine(String command, Path descriptor, Path output, Path templateOverrides, boolean failOnWarning,
                   Map<String, String> properties) {
    private static final Set<String> COMMANDS = Set.of("validate", "render", "rules", "help");

    static CommandLine parse(String[] args) {
        List<String> list = List.of(args);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("name a command");
        }
        String command = list.get(0);
        if (command.equals("-h") || command.equals("--help")) {
            command = "help";
        }
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("unknown command '" + command + "'");
        }
        Path descriptor = null;
        Path output = Path.of("target", "moodle-aws");
        Path overrides = null;
        boolean failOnWarning = false;
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 1; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "-o", "--output" -> output = Path.of(value(list, ++i, arg));
                case "--template-overrides" -> overrides = Path.of(value(list, ++i, arg));
                case "--fail-on-warning" -> failOnWarning = true;
                default -> {
                    if (arg.startsWith("-D") && arg.indexOf('=') > 2) {
                        properties.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                    } else if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + arg + "'");
                    } else if (descriptor != null) {
                        throw new IllegalArgumentException("one descriptor at a time, not also '" + arg + "'");
                    } else {
                        descriptor = Path.of(arg);
                    }
                }
            }
        }
        return new CommandLine(command, descriptor == null ? Path.of("moodle-aws.yaml") : descriptor, output, overrides,
                failOnWarning, properties);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
