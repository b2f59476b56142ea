package dev.moodleaws.render.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Ipv4CidrTest {
    @Test
    void splitsIntoEqualBlocks() {
        Ipv4Cidr vpc = Ipv4Cidr.parse("172.16.0.0/12");
        assertEquals("172.16.0.0/16", vpc.subnet(16, 0).toString());
        assertEquals("172.31.0.0/16", vpc.subnet(16, 15).toString());
        assertEquals("10.0.0.240/28", Ipv4Cidr.parse("10.0.0.0/24").subnet(28, 15).toString());
    }

    @Test
    void refusesMalformedBlocksAndBlocksThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.parse("10.0.0.1/16"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.parse("10.0.0.256/24"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.parse("10.0.0.0"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.parse("10.0.0.0/16").subnet(20, 16));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Cidr.parse("10.0.0.0/16").subnet(8, 0));
    }
}
