package org.approxmac.toolchain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToolGateTest {

    @Test
    void optOutPropertyDisablesToolTests() {
        String saved = System.getProperty(ToolGate.SKIP_PROPERTY);
        try {
            System.setProperty(ToolGate.SKIP_PROPERTY, "true");
            assertTrue(ToolGate.skipped());
            assertFalse(ToolGate.enabled(Tool.VERILATOR));
            System.setProperty(ToolGate.SKIP_PROPERTY, "false");
            assertFalse(ToolGate.skipped());
        } finally {
            if (saved == null) {
                System.clearProperty(ToolGate.SKIP_PROPERTY);
            } else {
                System.setProperty(ToolGate.SKIP_PROPERTY, saved);
            }
        }
    }
}
