package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Path;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CosimRequestTest {
    private static final Mismatch M = new Mismatch("random", 41, 0xfe, 0x3, -1, BigInteger.ONE, BigInteger.TWO, null);

    @Test
    void multiplierReproducerNamesTheVectorAndTheUserRtl() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4");
        CosimRequest generated = CosimRequest.of(spec, new RtlSource("m", "module m; endmodule", "generated"));
        assertEquals("approxmac cosim mitchw:n=8,w=4,sign=c1 --vectors pair:0xfe,0x3", generated.reproducer(M));
        CosimRequest user = new CosimRequest(spec, new RtlSource("my_mul", "", "rtl/my_mul.v"), Path.of("rtl/my_mul.v"),
                "all", 10, 5, 2, CosimRequest.DEFAULT_IDLE_TIMEOUT, Path.of("c"));
        assertEquals("approxmac cosim mitchw:n=8,w=4,sign=c1 --rtl rtl/my_mul.v --top my_mul --vectors pair:0xfe,0x3",
                user.reproducer(M));
    }

    @Test
    void macReproducerIsTheSequenceFileOfTheCyclesUpToTheFailingOne() {
        UnitSpec spec = UnitSpec.parse("fixed:n=8,mac");
        CosimRequest r = CosimRequest.of(spec, new RtlSource("m", "", "generated")).withCycles(1000)
                .withCacheDir(Path.of("cache", "verilator"));
        assertEquals("approxmac cosim fixed:n=8,sign=twos,mac,acc=24 --sequence "
                + Path.of("cache", "verilator", "reproducers", "fixed_n8_twos_mac_acc24-random-41-seed1.seq"),
                r.reproducer(M));
    }
}
