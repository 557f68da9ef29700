package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CostOutcomeTest {

    private static final DesignInput D = new DesignInput("m", UnitSpec.parse("fixed:n=8"), "m", "module m; endmodule", "m.v");

    @Test
    void exactlyOneOfResultAndFailure() {
        assertTrue(CostOutcome.measured(D, CostResultJsonTest.sample("k"), false).ok());
        assertFalse(CostOutcome.failed(D, "m: yosys failed").ok());
        assertThrows(IllegalArgumentException.class, () -> new CostOutcome(D, Optional.empty(), Optional.empty(), false));
        assertThrows(IllegalArgumentException.class, () -> new CostOutcome(D,
                Optional.of(CostResultJsonTest.sample("k")), Optional.of("x"), false));
    }
}
