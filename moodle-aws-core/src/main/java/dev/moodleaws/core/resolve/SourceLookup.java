package dev.moodleaws.core.resolve;

/**
 * The three questions plan and deploy ask before making a change set. Each answer is what the
 * stack then pins, so that code and images change only through a deploy that shows the change.
 */
public interface SourceLookup {

    /**
     * The commit a ref of a git repository points at now ({@code git ls-remote}); a full commit ID
     * is its own answer.
     *
     * @throws SourceLookupException when the repository cannot be read or has no such ref
     */
    String commit(String repository, String ref);

    /**
     * The current version of an S3 object ({@code HeadObject}): its version ID in a versioned bucket,
     * otherwise {@code etag:} and its ETag, which the nodes require when they download it.
     *
     * @throws SourceLookupException when the object cannot be read
     */
    String objectVersion(String bucket, String key);

    /**
     * The value of an SSM parameter ({@code GetParameter}), for example the image ID a public image
     * parameter names today.
     *
     * @throws SourceLookupException when the parameter cannot be read
     */
    String parameter(String name);
}
