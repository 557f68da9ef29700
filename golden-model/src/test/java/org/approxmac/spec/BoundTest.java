package org.approxmac.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundTest {
    @Test
    void resolvesAndPrints() {
        assertEquals("4", Bound.of(4).toString());
        assertEquals("n", Bound.n().toString());
        assertEquals("2n+8", Bound.timesN(2, 8).toString());
        assertEquals("2n", Bound.timesN(2, 0).toString());
        assertEquals(40, Bound.timesN(2, 8).resolve(16));
        assertEquals(7, Bound.of(7).resolve(99));
    }
}
