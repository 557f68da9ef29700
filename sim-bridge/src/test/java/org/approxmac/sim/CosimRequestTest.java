package org.approxmac.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.user.UserRtl;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;

class CosimRequestTest {
    private static final Mismatch M = new Mismatch("random", 41, 0xfe, 0x3, -1, BigInteger.ONE, BigInteger.TWO, null);

    @Test
    void multiplierReproducerNamesTheVectorAndTheUserRtl() {
        UnitSpec spec = UnitSpec.parse("mitchw:n=8,w=4");
        CosimRequest generated = CosimRequest.of(spec, new RtlSource("m", "module m; endmodule", "generated"));
        assertEquals("approxmac cosim mitchw:n=8,w=4,sign=c1 --vectors pair:0xfe,0x3", generated.reproducer(M));
        UserRtl rtl = new UserRtl(List.of(Path.of("rtl/my_mul.v"), Path.of("my dir/it's.v")), List.of(Path.of("ip.f")),
                List.of(Path.of("inc")), "my_mul", Map.of("N", "8"));
        CosimRequest user = new CosimRequest(spec, new RtlSource("my_mul", "", "rtl/my_mul.v"), rtl,
                "all", 10, 5, 2, CosimRequest.DEFAULT_IDLE_TIMEOUT, Path.of("c"));
        assertEquals("approxmac cosim mitchw:n=8,w=4,sign=c1 --rtl rtl/my_mul.v --rtl 'my dir/it'\\''s.v' -f ip.f"
                + " -I inc --top my_mul -G N=8 --vectors pair:0xfe,0x3", user.reproducer(M));
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
