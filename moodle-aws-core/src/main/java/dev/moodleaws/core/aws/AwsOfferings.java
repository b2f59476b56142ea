package dev.moodleaws.core.aws;

import dev.moodleaws.core.descriptor.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What AWS offers, read from {@code dev/moodleaws/core/aws/aws-offerings.txt} in the core jar (see
 * {@code docs/aws-data.md} for its source and how to refresh it).
 *
 * <p>The file is line-oriented: {@code source <text>}, {@code generated <date>},
 * {@code zones <region> <zone>...}, {@code <key> * <name>...} for every name of an offering, and
 * {@code <key> <region> <name>...} or {@code <key> <region> except <name>...} for the names
 * offered in one region. Only the lines a check asks for are split into names, once.
 */
public final class AwsOfferings {
    private static final String RESOURCE = "/dev/moodleaws/core/aws/aws-offerings.txt";
    private static final String EVERY_REGION = "*";
    private static final String EXCEPT = "except";

    private final List<String> sources;
    private final String generated;
    private final Map<String, List<String>> zones;
    private final Map<String, String> rawLines;
    private final Map<String, Set<String>> parsed = new ConcurrentHashMap<>();
    private final Map<Offering, Set<String>> everywhere = new EnumMap<>(Offering.class);

    private AwsOfferings(List<String> sources, String generated, Map<String, List<String>> zones,
            Map<String, String> rawLines) {
        this.sources = List.copyOf(sources);
        this.generated = generated;
        this.zones = Map.copyOf(zones);
        this.rawLines = Map.copyOf(rawLines);
        for (Offering o : Offering.values()) {
            everywhere.put(o, names(rawLines.getOrDefault(o.key() + " " + EVERY_REGION, "")));
        }
    }

    /** The data shipped in the core jar, read once. */
    public static AwsOfferings bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads data in the format of the bundled file. */
    public static AwsOfferings parse(String text) {
        List<String> sources = new ArrayList<>();
        String generated = "";
        Map<String, List<String>> zones = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int first = line.indexOf(' ');
            String head = first < 0 ? line : line.substring(0, first);
            String rest = first < 0 ? "" : line.substring(first + 1).strip();
            switch (head) {
                case "source" -> sources.add(rest);
                case "generated" -> generated = rest;
                case "zones" -> {
                    String[] parts = rest.split(" ");
                    zones.put(parts[0], List.of(Arrays.copyOfRange(parts, 1, parts.length)));
                }
                default -> {
                    int second = rest.indexOf(' ');
                    String region = second < 0 ? rest : rest.substring(0, second);
                    raw.put(head + " " + region, second < 0 ? "" : rest.substring(second + 1));
                }
            }
        }
        return new AwsOfferings(sources, generated, zones, raw);
    }

    /** Where the data comes from, one line per source. */
    public List<String> sources() {
        return sources;
    }

    /** The day the data file was generated, {@code yyyy-mm-dd}. */
    public String generated() {
        return generated;
    }

    /** Every region the data knows, with its availability zones. */
    public Set<String> regions() {
        return zones.keySet();
    }

    /** The availability zones of {@code region}, or empty when the data does not know the region. */
    public Optional<List<String>> zones(String region) {
        return Optional.ofNullable(zones.get(region));
    }

    /** Every name of {@code offering}, in any region. */
    public Set<String> names(Offering offering) {
        return everywhere.get(offering);
    }

    /** Whether {@code name} is a name of {@code offering} in some region. */
    public boolean exists(Offering offering, String name) {
        return name != null && everywhere.get(offering).contains(name);
    }

    /**
     * Whether {@code region} offers {@code name}; empty when the data has no list of {@code offering}
     * for that region (an unknown region, or an offering that is not regional).
     */
    public Optional<Boolean> offeredIn(Offering offering, String region, String name) {
        String key = offering.key() + " " + region;
        if (!offering.regional() || !rawLines.containsKey(key)) {
            return Optional.empty();
        }
        Set<String> inRegion = parsed.computeIfAbsent(key, k -> regionalNames(offering, rawLines.get(k)));
        return Optional.of(inRegion.contains(name));
    }

    /**
     * What the user may have meant by {@code name}: for an instance type or class whose family is
     * known ({@code m7i.huge}), the sizes of that family; otherwise the closest name by spelling.
     */
    public Optional<String> didYouMean(Offering offering, String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Set<String> known = everywhere.get(offering);
        int dot = name.lastIndexOf('.');
        if (offering.regional() && dot > 0) {
            String family = name.substring(0, dot + 1);
            List<String> sizes = known.stream().filter(n -> n.startsWith(family) && n.indexOf('.', family.length()) < 0)
                    .sorted(AwsOfferings::bySize).toList();
            if (!sizes.isEmpty()) {
                return Optional.of(sizes.size() <= 8 ? String.join(", ", sizes)
                        : String.join(", ", sizes.subList(0, 8)) + " (" + sizes.size() + " sizes)");
            }
        }
        return Suggestions.closest(name, known);
    }

    /** Small sizes first: medium before large before xlarge before 2xlarge. */
    private static int bySize(String a, String b) {
        return Long.compare(sizeRank(a), sizeRank(b)) != 0 ? Long.compare(sizeRank(a), sizeRank(b)) : a.compareTo(b);
    }

    private static long sizeRank(String name) {
        String size = name.substring(name.lastIndexOf('.') + 1);
        return switch (size) {
            case "nano" -> 1;
            case "micro" -> 2;
            case "small" -> 3;
            case "medium" -> 4;
            case "large" -> 5;
            case "xlarge" -> 6;
            default -> {
                int x = size.indexOf("xlarge");
                yield x > 0 && size.substring(0, x).chars().allMatch(Character::isDigit)
                        ? 6 + Long.parseLong(size.substring(0, x)) : 10_000;
            }
        };
    }

    private Set<String> regionalNames(Offering offering, String line) {
        if (line.startsWith(EXCEPT + " ") || line.equals(EXCEPT)) {
            Set<String> missing = names(line.substring(EXCEPT.length()));
            Set<String> out = new LinkedHashSet<>(everywhere.get(offering));
            out.removeAll(missing);
            return Collections.unmodifiableSet(out);
        }
        return names(line);
    }

    private static Set<String> names(String line) {
        if (line.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(line.strip().split(" ")));
    }

    private static final class Bundled {
        static final AwsOfferings INSTANCE = load();

        private static AwsOfferings load() {
            try (InputStream in = AwsOfferings.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the core jar");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
