package dev.moodleaws.core.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers from maps the test fills, and records every question. */
public final class FakeSourceLookup implements SourceLookup {
    public final Map<String, String> commits = new LinkedHashMap<>();
    public final Map<String, String> versions = new LinkedHashMap<>();
    public final Map<String, String> parameters = new LinkedHashMap<>();
    public final List<String> asked = new ArrayList<>();

    @Override
    public String commit(String repository, String ref) {
        asked.add("commit " + repository + " " + ref);
        return answer(commits, repository + "#" + ref);
    }

    @Override
    public String objectVersion(String bucket, String key) {
        asked.add("version s3://" + bucket + "/" + key);
        return answer(versions, "s3://" + bucket + "/" + key);
    }

    @Override
    public String parameter(String name) {
        asked.add("parameter " + name);
        return answer(parameters, name);
    }

    private static String answer(Map<String, String> answers, String key) {
        String a = answers.get(key);
        if (a == null) {
            throw new SourceLookupException("no answer for " + key);
        }
        return a;
    }
}
