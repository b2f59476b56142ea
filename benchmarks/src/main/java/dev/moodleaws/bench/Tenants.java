package dev.moodleaws.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The property values of distinct tenant sites for {@code tenant.yaml}: different names, domains,
 * regions, Moodle versions, database engines and sizes. Deterministic: tenant {@code i} is always
 * the same.
 */
public final class Tenants {
    private static final String[] REGIONS = {"eu-west-1", "eu-central-1", "us-east-1", "us-east-2", "ap-southeast-2"};
    private static final String[] MOODLE = {"4.5", "5.0"};
    private static final String[] WORDS = {"north", "south", "east", "west", "river", "hill", "lake", "harbour",
        "valley", "forest", "bay", "field"};

    /** A fleet size: three instance types of three families, database and cache classes, and counts. */
    private record Size(String dbClass, String cacheNode, String memory, int min, int desired, int max,
                        String... types) {
    }

    private static final Size[] SIZES = {
        new Size("db.r7g.large", "cache.t4g.medium", "512M", 2, 2, 4, "m7i.large", "m6a.large", "c7i.large"),
        new Size("db.r7g.xlarge", "cache.r7g.large", "768M", 2, 3, 8, "m7i.xlarge", "c6i.xlarge", "r7i.large"),
        new Size("db.r7g.2xlarge", "cache.r7g.xlarge", "1G", 3, 4, 16, "m6a.2xlarge", "c7i.2xlarge", "r6i.xlarge"),
    };

    private Tenants() {
    }

    /** The properties of tenant {@code i}. */
    public static Map<String, String> properties(int i) {
        Size size = SIZES[i % SIZES.length];
        String word = WORDS[i % WORDS.length];
        String name = String.format("t%04d-%s", i, word);
        String region = REGIONS[i % REGIONS.length];
        boolean aurora = i % 4 != 3;
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tenant.name", name);
        p.put("tenant.region", region);
        p.put("tenant.domain", name + ".schools.example.net");
        p.put("tenant.fullName", "School " + i + " of the " + word);
        p.put("tenant.moodleVersion", MOODLE[i % MOODLE.length]);
        p.put("tenant.phpMemory", size.memory());
        p.put("tenant.vpcCidr", "10." + (i % 250) + ".0.0/16");
        p.put("tenant.azCount", i % 3 == 0 ? "3" : "2");
        p.put("tenant.dbEngine", aurora ? "aurora-mysql" : "mysql");
        p.put("tenant.dbClass", size.dbClass());
        p.put("tenant.dbReaders", aurora ? Integer.toString(1 + i % 2) : "0");
        p.put("tenant.cacheNode", size.cacheNode());
        for (int t = 0; t < size.types().length; t++) {
            p.put("tenant.type" + (t + 1), size.types()[t]);
        }
        p.put("tenant.minSize", Integer.toString(size.min()));
        p.put("tenant.desired", Integer.toString(size.desired()));
        p.put("tenant.maxSize", Integer.toString(size.max()));
        p.put("tenant.certificate", String.format("%08x-0000-4000-8000-%012x", i, i));
        return p;
    }

    /** The properties of tenants 0 to {@code count - 1}. */
    public static List<Map<String, String>> first(int count) {
        List<Map<String, String>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(properties(i));
        }
        return out;
    }
}
