package dev.moodleaws.core.validate;

import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** Collects what one rule finds, placing each finding at its descriptor or artifact location. */
public final class Findings {
    private final RuleInfo rule;
    private final SourceMap sources;
    private final List<Finding> found = new ArrayList<>();

    public Findings(RuleInfo rule, SourceMap sources) {
        this.rule = rule;
        this.sources = sources;
    }

    /** A finding about a descriptor key path, located through the source map. */
    public void at(String path, String message) {
        found.add(new Finding(rule, message, path, sources.locate(path).orElse(null), null));
    }

    /** A finding about a rendered artifact, at a known line. */
    public void inArtifact(String artifact, int line, String message) {
        found.add(new Finding(rule, message, artifact, new Location(artifact, line, 0), null));
    }

    public List<Finding> list() {
        return List.copyOf(found);
    }
}
