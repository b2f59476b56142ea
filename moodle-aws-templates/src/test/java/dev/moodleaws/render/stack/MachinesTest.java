package dev.moodleaws.render.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodleaws.core.model.OperatingSystem;
import org.junit.jupiter.api.Test;

class MachinesTest {
    @Test
    void gravitonFamiliesAreArm() {
        for (String t : new String[] {"m7g.large", "c6gn.xlarge", "t4g.medium", "r8gd.2xlarge", "x2gd.large"}) {
            assertEquals("arm64", Machines.architecture(t), t);
        }
        for (String t : new String[] {"m6i.large", "m5.large", "t3.large", "c7i-flex.large", "g4dn.xlarge", "m5dn.large"}) {
            assertEquals("x86_64", Machines.architecture(t), t);
        }
    }

    @Test
    void imagesAndRootDevicesFollowTheSystem() {
        assertEquals("/aws/service/canonical/ubuntu/server/24.04/stable/current/arm64/hvm/ebs-gp3/ami-id",
                Machines.imageParameter(OperatingSystem.UBUNTU_24_04, "arm64"));
        assertEquals("/dev/sda1", Machines.rootDevice(OperatingSystem.UBUNTU_24_04));
        assertEquals("/dev/xvda", Machines.rootDevice(OperatingSystem.AMAZON_LINUX_2023));
    }
}
