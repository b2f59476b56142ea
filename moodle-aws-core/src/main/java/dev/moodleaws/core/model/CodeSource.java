package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * Where the instances get the Moodle code, pinned to a reference.
 *
 * @param type Git repository or an archive in S3.
 * @param repository Git URL, or {@code s3://bucket/key.tgz}.
 * @param ref Git tag, branch or commit; defaults to the stable branch of the Moodle version.
 */
public record CodeSource(
        CodeSourceType type,
        String repository,
        String ref) {

    public CodeSource {
        Objects.requireNonNull(type, "type");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.repository = repository;
        b.ref = ref;
        return b;
    }

    /** Builds a {@link CodeSource}; unset values keep their defaults. */
    public static final class Builder {
        private CodeSourceType type = CodeSourceType.GIT;
        private String repository = "https://github.com/moodle/moodle.git";
        private String ref;

        private Builder() {
        }

        /** Git repository or an archive in S3. */
        public Builder type(CodeSourceType type) {
            this.type = type;
            return this;
        }

        /** Git URL, or {@code s3://bucket/key.tgz}. */
        public Builder repository(String repository) {
            this.repository = repository;
            return this;
        }

        /** Git tag, branch or commit; defaults to the stable branch of the Moodle version. */
        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        public CodeSource build() {
            return new CodeSource(type, repository, ref);
        }
    }
}
