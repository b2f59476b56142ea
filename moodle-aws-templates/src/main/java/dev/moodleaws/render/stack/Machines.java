package dev.moodleaws.render.stack;

import dev.moodleaws.core.model.OperatingSystem;
import java.util.regex.Pattern;

/** Machine images and root devices by operating system and processor architecture. */
final class Machines {
    /** Graviton families carry a {@code g} among the letters after the generation: m7g, c6gn, t4g, r8gd. */
    private static final Pattern ARM = Pattern.compile("[a-z]+\\d+[a-z]*g[a-z]*(-[a-z]+)?\\..*");

    private Machines() {
    }

    /** {@code arm64} for Graviton instance types, {@code x86_64} otherwise. */
    public static String architecture(String instanceType) {
        return ARM.matcher(instanceType).matches() ? "arm64" : "x86_64";
    }

    /** The public SSM parameter naming the current image of the system for the architecture. */
    public static String imageParameter(OperatingSystem os, String architecture) {
        return switch (os) {
            case UBUNTU_24_04 -> "/aws/service/canonical/ubuntu/server/24.04/stable/current/"
                    + (architecture.equals("arm64") ? "arm64" : "amd64") + "/hvm/ebs-gp3/ami-id";
            case AMAZON_LINUX_2023 -> "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-" + architecture;
        };
    }

    /** The root device name of the system's images. */
    public static String rootDevice(OperatingSystem os) {
        return os == OperatingSystem.UBUNTU_24_04 ? "/dev/sda1" : "/dev/xvda";
    }
}
