package dev.moodleaws.core.deploy.fake;

import dev.moodleaws.core.deploy.TemplateStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A template store in memory that records uploads; stands in for S3 in tests. */
public final class InMemoryTemplateStore implements TemplateStore {

    private final Map<String, byte[]> objects = new LinkedHashMap<>();
    private final List<String> puts = new ArrayList<>();
    private int heads;

    @Override
    public synchronized boolean exists(String bucket, String key) {
        heads++;
        return objects.containsKey(bucket + "/" + key);
    }

    @Override
    public synchronized void put(String bucket, String key, byte[] body) {
        puts.add(bucket + "/" + key);
        objects.put(bucket + "/" + key, body.clone());
    }

    @Override
    public String url(String bucket, String key) {
        return "https://" + bucket + ".s3.us-east-1.amazonaws.com/" + key;
    }

    public synchronized List<String> puts() {
        return List.copyOf(puts);
    }

    public synchronized int heads() {
        return heads;
    }

    public synchronized byte[] object(String bucket, String key) {
        return objects.get(bucket + "/" + key);
    }
}
