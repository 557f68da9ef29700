package org.approxmac.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

/** The golden processing-element array: R x C independent element MACs under one set of controls. */
class ProcessingArrayTest {

    @Test
    void eachElementIsTheSingleMacOfItsRowAndColumnOperands() {
        for (String text : new String[] {"mitchw:n=8,w=4,mac,rows=2,cols=3", "drum:n=16,k=6,mac,rows=4,cols=4",
                "fixed:n=8,mac,rows=3,cols=2,acc=16", "mitchell:n=8,sign=unsigned,mac,rows=1,cols=5"}) {
            UnitSpec spec = UnitSpec.parse(text);
            ProcessingArray array = assertInstanceOf(ProcessingArray.class, Units.mac(spec));
            assertEquals(spec.rows() * spec.cols() * spec.accumulatorWidth(), spec.outputWidth());
            MacState whole = new MacState(array);
            MacState[][] single = new MacState[spec.rows()][spec.cols()];
            for (int r = 0; r < spec.rows(); r++) {
                for (int c = 0; c < spec.cols(); c++) {
                    single[r][c] = new MacState(Units.mac(spec.element()));
                }
            }
            SplittableRandom random = new SplittableRandom(7);
            int lines = Math.max(spec.rows(), spec.cols());
            long mask = (1L << spec.n()) - 1;
            for (int cycle = 0; cycle < 300; cycle++) {
                long[] a = random.longs(lines).map(v -> v & mask).toArray();
                long[] b = random.longs(lines).map(v -> v & mask).toArray();
                boolean rst = random.nextInt(50) == 0;
                boolean en = random.nextInt(5) != 0;
                boolean clr = random.nextInt(9) == 0;
                whole.clock(rst, en, clr, a, b, 0);
                for (int r = 0; r < spec.rows(); r++) {
                    for (int c = 0; c < spec.cols(); c++) {
                        single[r][c].clock(rst, en, clr, a[r], b[c]);
                        assertEquals(single[r][c].accumulator(), array.elementAccumulator(whole.accumulator(), r, c),
                                text + " element " + r + "," + c);
                    }
                }
            }
        }
    }

    @Test
    void narrowArraysTakeTheLongPathWithTheSameResult() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=4,w=2,mac,rows=2,cols=1,acc=12");
        ProcessingArray array = (ProcessingArray) Units.mac(spec);
        long[] a = {9, 13};
        long[] b = {7};
        long wide = array.accumulate(BigInteger.valueOf(0xABC_123L), new long[] {9, 13}, new long[] {7, 0}, 0)
                .longValueExact();
        assertEquals(wide, array.accumulate(0xABC_123L, new long[] {9, 13}, new long[] {7, 0}, 0));
        assertThrows(IllegalStateException.class, () -> array.accumulate(0L, a[0], b[0]));
    }

    @Test
    void anArrayCannotBePipelinedYetEvenThroughWithLatency() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4,mac,rows=2,cols=2");
        assertEquals(spec, spec.withLatency(0));
        org.approxmac.spec.SpecException e = assertThrows(org.approxmac.spec.SpecException.class,
                () -> spec.withLatency(1));
        assertEquals("mitchw: a pipelined array (stages=1 with rows/cols) is not available yet (accepted: stages=0 in"
                + " an array)", e.getMessage());
    }

    @Test
    void elementAndMultiplierDropTheArrayKeys() {
        UnitSpec spec = UnitSpec.parse("drum:n=16,k=6,adder=bk,mac,rows=4,cols=2,share=none");
        assertEquals("drum:n=16,k=6,sign=c1,adder=bk,mac,acc=40", spec.element().canonical());
        assertEquals("drum:n=16,k=6,sign=c1", spec.multiplier().canonical());
        assertEquals("drum_n16_k6_c1_bk_rows4_cols2_noshare_mac_acc40", spec.identifier());
        assertEquals(4 * 16, spec.aPortWidth());
        assertEquals(2 * 16, spec.bPortWidth());
    }
}
