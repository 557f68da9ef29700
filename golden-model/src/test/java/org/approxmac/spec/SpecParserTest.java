package org.approxmac.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mitchw:n=16,w=6             | mitchw:n=16,w=6,sign=c1",
        "mitchw:w=6,n=16,sign=c1     | mitchw:n=16,w=6,sign=c1",
        "drum:n=32,k=6               | drum:n=32,k=6,sign=c1",
        "fixed:n=16                  | fixed:n=16,sign=twos",
        "mitchell:n=32               | mitchell:n=32,sign=sm",
        "bf16                        | bf16:subnormals=ieee",
        "bf16,mac                    | bf16:subnormals=ieee,mac",
        "fp32:fused=false            | fp32:fused=false,subnormals=ieee",
        "mitchw:n=16,w=6,mac,acc=40  | mitchw:n=16,w=6,sign=c1,mac,acc=40",
        "fixed:n=16,mac              | fixed:n=16,sign=twos,mac,acc=40",
        "fixed:mac,n=32              | fixed:n=32,sign=twos,mac,acc=72",
        "fixed:n=64,mac              | fixed:n=64,sign=twos,mac,acc=128",
    })
    void canonicalFormFillsDefaultsAndOrdersKeys(String text, String canonical) {
        UnitSpec spec = UnitSpec.parse(text);
        assertEquals(canonical, spec.canonical());
        assertEquals(spec, UnitSpec.parse(spec.canonical()), "canonical form must round-trip");
    }

    @Test
    void derivedWidths() {
        UnitSpec s = UnitSpec.parse("mitchw:n=16,w=6,mac");
        assertEquals(16, s.n());
        assertEquals(32, s.productWidth());
        assertEquals(40, s.accumulatorWidth());
        assertEquals(40, s.outputWidth());
        assertEquals(6, s.keptBits());
        assertEquals(16, UnitSpec.parse("mitchell:n=16").keptBits());
        UnitSpec f = UnitSpec.parse("bf16,mac");
        assertEquals(16, f.n());
        assertEquals(32, f.productWidth());
        assertEquals(32, f.accumulatorWidth());
        assertTrue(f.signedOperands());
        assertFalse(UnitSpec.parse("drum:sign=unsigned").signedOperands());
    }

    @Test
    void identifiersAreVerilogNames() {
        assertEquals("mitchw_n16_w6_c1_mac_acc40", UnitSpec.parse("mitchw:n=16,w=6,mac").identifier());
        assertEquals("fp32_nofused_ftz", UnitSpec.parse("fp32:fused=false,subnormals=ftz").identifier());
        assertEquals("bf16_ieee_mac", UnitSpec.parse("bf16,mac").identifier());
        for (Kind k : Kind.values()) {
            assertTrue(UnitSpec.parse(k.specName()).identifier().matches("[a-z][a-z0-9_]*"));
        }
    }

    @Test
    void architectureKeysAppearOnlyAwayFromTheirDefaults() {
        ParamDescriptor arch = Kind.FIXED.descriptor().param("arch").orElseThrow();
        ParamDescriptor adder = Kind.FIXED.descriptor().param("adder").orElseThrow();
        assertTrue(arch.architecture() && adder.architecture());
        assertFalse(Kind.FIXED.descriptor().param("sign").orElseThrow().architecture());
        UnitSpec defaults = UnitSpec.parse("fixed:n=16,arch=" + arch.defaultValue() + ",adder=" + adder.defaultValue());
        assertEquals("fixed:n=16,sign=twos", defaults.canonical());
        assertEquals("fixed_n16_twos", defaults.identifier());
        assertEquals(UnitSpec.parse("fixed:n=16"), defaults);
        UnitSpec chosen = UnitSpec.parse("fixed:mac,adder=ks,arch=wallace,n=16");
        assertEquals("fixed:n=16,sign=twos,arch=wallace,adder=ks,mac,acc=40", chosen.canonical());
        assertEquals("fixed_n16_twos_wallace_ks_mac_acc40", chosen.identifier());
        assertEquals(chosen, UnitSpec.parse(chosen.canonical()));
        assertEquals("wallace", chosen.multiplier().param("arch"));
    }

    @Test
    void multiplierAndMacViews() {
        UnitSpec mac = UnitSpec.parse("drum:n=8,k=4,mac,acc=20");
        assertEquals("drum:n=8,k=4,sign=c1", mac.multiplier().canonical());
        assertEquals("drum:n=8,k=4,sign=c1,mac,acc=24", mac.multiplier().asMac().canonical());
    }

    @Test
    void stagesIsAnArchitectureKeyGivingTheLatency() {
        UnitSpec piped = UnitSpec.parse("drum:n=16,stages=3,mac");
        assertEquals(3, piped.latency());
        assertEquals("drum:n=16,k=6,sign=c1,stages=3,mac,acc=40", piped.canonical());
        assertEquals("drum_n16_k6_c1_stages3_mac_acc40", piped.identifier());
        assertEquals("drum:n=16,k=6,sign=c1", piped.multiplier().canonical());
        assertEquals(0, UnitSpec.parse("drum:n=16,mac").latency());
        assertEquals("drum:n=16,k=6,sign=c1,mac,acc=40", UnitSpec.parse("drum:n=16,stages=0,mac").canonical());
        assertEquals(0, UnitSpec.parse("fp32,mac").latency());
        assertEquals(2, UnitSpec.parse("bf16,stages=2,mac").latency());
        assertEquals("bf16:subnormals=ieee,stages=2,mac", UnitSpec.parse("bf16,stages=2,mac").canonical());
        assertEquals("bf16:subnormals=ieee", UnitSpec.parse("bf16,stages=2,mac").multiplier().canonical());
        // a bare multiplier takes stages too; a MAC's multiplier is built combinational (the MAC pipelines it)
        UnitSpec bare = UnitSpec.parse("mitchw:n=8,stages=2");
        assertEquals(2, bare.latency());
        assertEquals("mitchw_n8_w6_c1_stages2", bare.identifier());
        assertEquals(bare, bare.multiplier());
        assertEquals("mitchw:n=8,w=6,sign=c1,stages=3", bare.withLatency(3).canonical());
        assertEquals("mitchw:n=8,w=6,sign=c1", bare.withLatency(0).canonical());
        assertThrows(SpecException.class, () -> bare.withLatency(9));
    }

    @Test
    void theAccumulateAdderShapesOnlyTheMac() {
        UnitSpec mac = UnitSpec.parse("mitchw:n=16,adder=bk,mac");
        assertEquals("mitchw:n=16,w=6,sign=c1,adder=bk,mac,acc=40", mac.canonical());
        assertEquals("mitchw_n16_w6_c1_bk_mac_acc40", mac.identifier());
        assertEquals(mac, UnitSpec.parse(mac.canonical()));
        UnitSpec bare = mac.multiplier();
        assertEquals("mitchw:n=16,w=6,sign=c1", bare.canonical());
        assertEquals(bare, UnitSpec.parse(bare.canonical()));
        assertEquals("plus", UnitSpec.parse("drum:n=16,adder=plus").param("adder"), "the default is accepted anywhere");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " | ", value = {
        "foo:n=8                 | unknown kind 'foo' (accepted: fixed, mitchw, mitchwu, mitchell, drum, ilm, roba, trunc, dralm, almsoa, bbm, bf16, fp32, fp16, tf32, fp8e5m2, fp8e4m3, float)",
        "mitchw:n=16,x=3         | mitchw: unknown key 'x' (accepted keys: n, w, sign, adder, dot, rows, cols, share, stages, mac, acc)",
        "mitchw:n=16,w=17        | mitchw: w=17 is out of range (accepted: 1..n = 1..16 for n=16)",
        "mitchw:n=3              | mitchw: n=3 is out of range (accepted: 4..64)",
        "fixed:n=65              | fixed: n=65 is out of range (accepted: 2..64)",
        "drum:n=16,k=2           | drum: k=2 is out of range (accepted: 3..n = 3..16 for n=16)",
        "mitchw:n=abc            | mitchw: n=abc is not a whole number (accepted: 4..64)",
        "mitchw:n=16,n=8         | duplicate key 'n' in spec 'mitchw:n=16,n=8'",
        "mitchw:sign=twos        | mitchw: sign=twos is not accepted (accepted: c1|sm|unsigned)",
        "fixed:n=16,acc=40       | fixed: acc=40 applies to MACs only (add ',mac')",
        "fixed:n=16,mac,acc=31   | fixed: acc=31 is out of range (accepted: 2n..128 = 32..128 for n=16)",
        "bf16,mac,acc=40         | bf16: acc=40 is not accepted (accepted: fp32|tf32|bf16|fp16)",
        "fp16:acc=bf16,mac       | fp16: acc=bf16 is narrower than the operands (8 exponent and 7 fraction bits against 5 and 10; accepted: fp32|tf32|fp16)",
        "fp32:fused=maybe        | fp32: fused=maybe is not accepted (accepted: true|false)",
        "fixed:n=                | fixed: key 'n' needs a value (accepted: 2..64)",
        "fixed:n=8,,mac          | empty item in spec 'fixed:n=8,,mac' (expected key=value or mac)",
        "fixed:mac=1             | mac is a flag and takes no value (write ',mac')",
        "fixed:arch=carry        | fixed: arch=carry is not accepted (accepted: auto|star|radix4|radix4_wallace|dadda|wallace|booth|booth_wallace)",
        "fixed:adder=csa         | fixed: adder=csa is not accepted (accepted: plus|ripple|bk|ks|sklansky)",
        "mitchw:arch=booth       | mitchw: unknown key 'arch' (accepted keys: n, w, sign, adder, dot, rows, cols, share, stages, mac, acc)",
        "drum:n=16,adder=bk      | drum: adder=bk applies to MACs only (add ',mac')",
        "bf16:stages=9           | bf16: stages=9 is out of range (accepted: 0..8)",
        "mitchw:stages=9,mac     | mitchw: stages=9 is out of range (accepted: 0..8)",
        "drum:stages=-1,mac      | drum: stages=-1 is out of range (accepted: 0..8)",
        "mitchell:adder=csa,mac  | mitchell: adder=csa is not accepted (accepted: plus|ripple|bk|ks|sklansky)",
        "mitchw:rows=2           | mitchw: rows=2 applies to MACs only (add ',mac')",
        "mitchw:cols=17,mac      | mitchw: cols=17 is out of range (accepted: 1..16)",
        "drum:rows=0,mac         | drum: rows=0 is out of range (accepted: 1..16)",
        "mitchw:rows=8,cols=9,mac | mitchw: rows=8, cols=9 is 72 processing elements (accepted: rows*cols <= 64)",
        "fixed:rows=2,share=operands,mac | fixed: share=operands is not accepted (accepted: none)",
        "mitchw:share=none,mac   | mitchw: share=none applies to arrays only (add rows=R and/or cols=C, accepted: 1..16)",
        "drum:rows=2,dot=4,mac   | drum: an array of dot-product units (dot=4 with rows/cols) is not available yet (accepted: dot=1 in an array)",
        "mitchw:cols=2,stages=2,mac | mitchw: a pipelined array (stages=2 with rows/cols) is not available yet (accepted: stages=0 in an array)",
    })
    void badSpecsGiveOneLineErrorsNamingKeyAndRange(String text, String message) {
        SpecException e = assertThrows(SpecException.class, () -> UnitSpec.parse(text));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptySpecIsRejected(String text) {
        assertThrows(SpecException.class, () -> UnitSpec.parse(text));
    }

    @Test
    void everyKindsDefaultsAreValid() {
        for (Kind k : Kind.values()) {
            UnitSpec s = UnitSpec.parse(k.specName());
            assertEquals(s, UnitSpec.parse(s.canonical()));
            UnitSpec m = UnitSpec.parse(k.specName() + ",mac");
            assertEquals(m, UnitSpec.parse(m.canonical()));
        }
    }
}
