package dev.moodleaws.core.deploy.fake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request the fake received.
 *
 * @param action the Query action, e.g. CreateChangeSet
 * @param params every form parameter, flattened the Query way (Parameters.member.1.ParameterKey)
 * @param at     the fake clock's time when it arrived
 */
public record RecordedRequest(String action, Map<String, String> params, Instant at) {

    public String param(String name) {
        return params.get(name);
    }

    /** The values of a Query list, e.g. list("Capabilities") or list("ResourcesToSkip"). */
    public List<String> list(String name) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> e.getKey().startsWith(name + ".member."))
                .sorted((a, b) -> Integer.compare(index(a.getKey(), name), index(b.getKey(), name)))
                .map(Map.Entry::getValue).toList();
    }

    private static int index(String key, String name) {
        return Integer.parseInt(key.substring((name + ".member.").length()).split("\\.")[0]);
    }
}
