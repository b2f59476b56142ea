package dev.moodleaws.core.model;

import java.util.Objects;

/**
 * A plugin the site runs beside Moodle's standard ones, from exactly one pinned source.
 *
 * @param component Moodle's component name, {@code type_name}, for example {@code mod_attendance}.
 * @param git Git repository (https or ssh) holding the plugin at its top level.
 * @param ref Branch, tag or commit of the git repository; plan and deploy pin it to its commit.
 * @param zip https address of a zip archive of the plugin.
 * @param s3 {@code s3://bucket/key} of a zip archive of the plugin.
 * @param sha256 SHA-256 of the zip archive, in hexadecimal.
 */
public record Plugin(
        String component,
        String git,
        String ref,
        String zip,
        String s3,
        String sha256) {

    public Plugin {
        Objects.requireNonNull(component, "component");
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.component = component;
        b.git = git;
        b.ref = ref;
        b.zip = zip;
        b.s3 = s3;
        b.sha256 = sha256;
        return b;
    }

    /** The plugin type: the component's part before the first underscore. */
    public String type() {
        int u = component.indexOf('_');
        return u < 0 ? component : component.substring(0, u);
    }

    /** The plugin's name: the component's part after the first underscore (its folder name). */
    public String name() {
        int u = component.indexOf('_');
        return u < 0 ? "" : component.substring(u + 1);
    }

    /** Builds a {@link Plugin}; unset values keep their defaults. */
    public static final class Builder {
        private String component;
        private String git;
        private String ref;
        private String zip;
        private String s3;
        private String sha256;

        private Builder() {
        }

        /** Moodle's component name. */
        public Builder component(String component) {
            this.component = component;
            return this;
        }

        /** Git repository (https or ssh). */
        public Builder git(String git) {
            this.git = git;
            return this;
        }

        /** Branch, tag or commit of the git repository. */
        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        /** https address of a zip archive. */
        public Builder zip(String zip) {
            this.zip = zip;
            return this;
        }

        /** {@code s3://bucket/key} of a zip archive. */
        public Builder s3(String s3) {
            this.s3 = s3;
            return this;
        }

        /** SHA-256 of the zip archive. */
        public Builder sha256(String sha256) {
            this.sha256 = sha256;
            return this;
        }

        public Plugin build() {
            return new Plugin(component, git, ref, zip, s3, sha256);
        }
    }
}
