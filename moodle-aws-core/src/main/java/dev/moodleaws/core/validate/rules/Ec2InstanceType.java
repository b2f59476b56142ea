package dev.moodleaws.core.validate.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EC2 instance type name read into its parts: {@code c7gn.2xlarge} is series {@code c},
 * generation {@code 7}, options {@code gn}, size {@code 2xlarge}.
 *
 * @param name       the whole name
 * @param series     the letters before the generation ({@code m}, {@code t}, {@code mac})
 * @param generation the generation number
 * @param options    what follows the generation, up to the dot ({@code gd}, {@code i-flex})
 * @param size       the size after the dot
 */
record Ec2InstanceType(String name, String series, int generation, String options, String size) {
    private static final Pattern TYPE = Pattern.compile(
            "([a-z]+)-?(\\d{1,3})([a-z0-9-]*)\\.(nano|micro|small|medium|large|\\d{0,3}xlarge|metal(?:-\\d{1,3}xl)?)");

    /** The parts of {@code name}, or empty when it is not written as an instance type. */
    static Optional<Ec2InstanceType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = TYPE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Ec2InstanceType(name, m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
    }

    /** The CPU architecture: {@code arm64} for Graviton types (a {@code g} among the options, or {@code a1}), else {@code x86_64}. */
    String architecture() {
        int dash = options.indexOf('-');
        String flags = dash < 0 ? options : options.substring(0, dash);
        boolean graviton = flags.indexOf('g') >= 0 || ("a".equals(series) && generation == 1);
        return graviton ? "arm64" : "x86_64";
    }
}
