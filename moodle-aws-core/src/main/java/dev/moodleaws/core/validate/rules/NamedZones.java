package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.model.Deployment;
import java.util.List;

/** The entries of {@code network.availabilityZones}, each with its key path, for the rules on named zones. */
final class NamedZones {
    private NamedZones() {
    }

    /** What a rule does with one named zone. */
    interface Visitor {
        void visit(String path, String zone, String region);
    }

    static void forEach(Deployment deployment, Visitor visitor) {
        List<String> zones = deployment.network().availabilityZones();
        for (int i = 0; i < zones.size(); i++) {
            visitor.visit("network.availabilityZones[" + i + "]", zones.get(i), deployment.region());
        }
    }

    /** Whether a zone name is of the region's form: the region's name and a zone letter or more. */
    static boolean isOfRegion(String zone, String region) {
        return zone != null && zone.startsWith(region) && zone.length() > region.length();
    }
}
