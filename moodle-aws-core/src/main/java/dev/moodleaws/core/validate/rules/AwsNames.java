package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.aws.AwsOfferings;
import dev.moodleaws.core.aws.Offering;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Findings;
import java.util.ArrayList;
import java.util.List;

/** The names of a deployment that AWS must offer, and how the AWS rules word a name it does not know. */
final class AwsNames {
    /** Where to find the data and its refresh, for every message about a name the data does not know. */
    static final String DATA = "docs/aws-data.md";

    /** A name the descriptor gives (or defaults) at {@code path}, of the list {@code offering}. */
    record Named(String path, Offering offering, String name) {
    }

    private AwsNames() {
    }

    static AwsOfferings data() {
        return AwsOfferings.bundled();
    }

    /**
     * The instance types, database class and cache node type of a deployment, each where its format
     * is right (the format rules FLEET-007, DB-014 and REDIS-008 report the others).
     */
    static List<Named> instanceNames(Deployment d) {
        List<Named> out = new ArrayList<>();
        List<String> web = d.web().instanceTypes();
        for (int i = 0; i < web.size(); i++) {
            if (Ec2InstanceType.parse(web.get(i)).isPresent()) {
                out.add(new Named("web.instanceTypes[" + i + "]", Offering.EC2_INSTANCE_TYPE, web.get(i)));
            }
        }
        if (d.stable().instanceType() != null) {
            out.add(new Named("stable.instanceType", Offering.EC2_INSTANCE_TYPE, d.stable().instanceType()));
        }
        String dbClass = d.database().instanceClass();
        if (dbClass != null && dbClass.startsWith("db.")) {
            out.add(new Named("database.instanceClass", Offering.instanceClassOf(d.database().engine()), dbClass));
        }
        String nodeType = d.cache().nodeType();
        if (nodeType != null && nodeType.startsWith("cache.")) {
            out.add(new Named("cache.nodeType", Offering.CACHE_NODE_TYPE, nodeType));
        }
        return out;
    }

    /** Reports each name of {@code offering} in the deployment that AWS does not know. */
    static void reportUnknown(Deployment d, Offering offering, Findings out) {
        instanceNames(d).stream().filter(n -> n.offering() == offering).forEach(n -> reportUnknown(n, out));
    }

    /** Reports {@code named} when AWS does not know the name at all, with what the user may have meant. */
    static boolean reportUnknown(Named named, Findings out) {
        if (data().exists(named.offering(), named.name())) {
            return false;
        }
        out.at(named.path(), named.path() + " '" + named.name() + "' is not " + article(named.offering().description())
                + " (AWS's list of " + data().generated() + ")" + didYouMean(named.offering(), named.name()));
        return true;
    }

    /** How a message about an unknown name ends: "; did you mean ...?" or a full stop. */
    static String didYouMean(Offering offering, String name) {
        return data().didYouMean(offering, name).map(s -> "; did you mean " + s + "?").orElse(".");
    }

    static String article(String description) {
        return ("aeiou".indexOf(Character.toLowerCase(description.charAt(0))) >= 0 ? "an " : "a ") + description;
    }
}
