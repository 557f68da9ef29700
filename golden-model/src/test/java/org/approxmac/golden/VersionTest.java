package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void versionIsTheFilteredProjectVersion() {
        String v = Version.current();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), v);
    }
}
