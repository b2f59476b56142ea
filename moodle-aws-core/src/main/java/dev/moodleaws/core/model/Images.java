package dev.moodleaws.core.model;

/**
 * How the nodes' software gets onto them.
 *
 * @param mode Install everything at every boot, or bake it into an image with EC2 Image Builder.
 * @param buildInstanceType Instance type of the Image Builder build instance; empty picks one of the nodes' architecture.
 * @param bakeTimeoutMinutes Longest time the bake script may run before the bake, and the deploy, fail.
 */
public record Images(ImageMode mode, String buildInstanceType, int bakeTimeoutMinutes) {

    public Images {
        mode = mode == null ? ImageMode.INSTALL_AT_BOOT : mode;
    }

    /** Whether the stack bakes an image. */
    public boolean baked() {
        return mode == ImageMode.BAKED;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().mode(mode).buildInstanceType(buildInstanceType).bakeTimeoutMinutes(bakeTimeoutMinutes);
    }

    /** Builds {@link Images}; unset values keep their defaults. */
    public static final class Builder {
        private ImageMode mode = ImageMode.INSTALL_AT_BOOT;
        private String buildInstanceType;
        private int bakeTimeoutMinutes = 60;

        private Builder() {
        }

        /** Install at every boot, or bake an image. */
        public Builder mode(ImageMode mode) {
            this.mode = mode;
            return this;
        }

        /** Instance type of the build instance. */
        public Builder buildInstanceType(String buildInstanceType) {
            this.buildInstanceType = buildInstanceType;
            return this;
        }

        /** Longest time the bake script may run. */
        public Builder bakeTimeoutMinutes(int bakeTimeoutMinutes) {
            this.bakeTimeoutMinutes = bakeTimeoutMinutes;
            return this;
        }

        public Images build() {
            return new Images(mode, buildInstanceType, bakeTimeoutMinutes);
        }
    }
}
