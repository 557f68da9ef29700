package example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.approxmac.sim.CosimAssertions;
import org.approxmac.sim.CosimRequest;
import org.approxmac.sim.RtlSource;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Co-simulation in a user's CI: Verilator runs the RTL, the golden model checks every output bit. */
class MultiplierCosimTest {

    /** approxmac's own generated RTL of a spec, on the corner operand pairs. */
    @TestFactory
    Stream<DynamicTest> generatedUnits() {
        return CosimAssertions.cosimTests("corners", "mitchw:n=8,w=4");
    }

    /** Your own Verilog, checked against a spec's golden model on every operand pair. */
    @Test
    void myMultiplier() throws IOException {
        Path file = Path.of("src/test/verilog/my_mul.v");
        RtlSource rtl = new RtlSource("my_mul", Files.readString(file), file.toString());
        CosimAssertions.assertMatches(CosimRequest.of(UnitSpec.parse("fixed:n=8"), rtl).withVectors("exhaustive"));
    }
}
