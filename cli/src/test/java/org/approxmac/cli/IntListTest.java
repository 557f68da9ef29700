package org.approxmac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntListTest {
    @Test
    void valuesListsAndRanges() {
        assertEquals(List.of(6), IntList.parse("--w", "6", 1, 64));
        assertEquals(List.of(2, 3, 4, 8), IntList.parse("--w", "2..4,8,3", 1, 64));
        UsageError range = assertThrows(UsageError.class, () -> IntList.parse("--k", "2..8", 3, 64));
        assertEquals("--k 2..8 is out of range (accepted: values in 3..64, e.g. 6, 2,4,6 or 2..8)", range.getMessage());
        assertThrows(UsageError.class, () -> IntList.parse("--n", "8..4", 2, 64));
        UsageError junk = assertThrows(UsageError.class, () -> IntList.parse("--n", "8,,16", 2, 64));
        assertTrue(junk.getMessage().startsWith("--n '8,,16' is not a list of integers"));
    }
}
