package org.approxmac.spec;

import static org.approxmac.spec.ParamDescriptor.architecture;
import static org.approxmac.spec.ParamDescriptor.bool;
import static org.approxmac.spec.ParamDescriptor.choice;
import static org.approxmac.spec.ParamDescriptor.integer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of unit approxmac models and generates, with their descriptors (docs/units.md, "Kinds
 * and parameters"). The descriptor is the single source for the spec parser, CLI help and docs tables.
 */
public enum Kind {
    FIXED(new KindDescriptor("fixed", "exact fixed-point (integer) multiplier",
            "exact baseline (Kim et al., IEEE TETC 2021, Table 4)", false, null, List.of(
            integer("n", Bound.of(2), Bound.of(64), Bound.of(16), "operand width in bits"),
            choice("sign", List.of("twos", "unsigned"), "twos",
                    "operand encoding: two's complement or unsigned"),
            architecture("arch", List.of("auto", "star", "radix4", "radix4_wallace", "dadda", "wallace", "booth",
                    "booth_wallace"), "auto",
                    "RTL architecture: Verilog '*' (star); radix-4 partial products with the hard multiple 3a"
                            + " (digits 0..3, no recoding), AND-array partial products, or radix-4 Booth partial"
                            + " products, each reduced by a Dadda tree (radix4, dadda, booth) or a Wallace tree"
                            + " (*_wallace); a MAC adds the accumulator as one more tree row; auto: radix4 (least"
                            + " energy per operation measured), for stages > 0 booth up to n = 16 and dadda above"
                            + " (shortest pipelined clocks)"),
            architecture("adder", SharedParams.ADDERS, "plus",
                    "carry-propagate adder after the tree (and a star MAC's accumulate adder; with stages > 0"
                            + " every adder of the unit, plus meaning ripple carry, radix4's 3a included where a"
                            + " register may cut it): Verilog '+', ripple carry, Brent-Kung, Kogge-Stone or Sklansky"
                            + " parallel prefix"),
            SharedParams.DOT, SharedParams.ROWS, SharedParams.COLS, SharedParams.SHARE_NONE,
            SharedParams.STAGES))),

    MITCHW(new KindDescriptor("mitchw", "Mitch-w: Mitchell log multiplier keeping w bits per operand",
            "Kim, Del Barrio, Oliveira, Hermida, Bagherzadeh, \"Efficient Mitchell's approximate log"
                    + " multipliers for convolutional neural networks\", IEEE TC 2019", false,
            C1ZeroRule.NOT_ZERO_MASK, SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("w", Bound.of(1), Bound.n(), Bound.of(6),
                    "bits kept per operand: the leading one and w-1 fraction bits"),
            SharedParams.SIGN_C1))),

    MITCHWU(new KindDescriptor("mitchwu",
            "Mitch-w as in the authors' c1 VHDL (logMultK_Neg; their Verilog is mitchw): unbiased operands"
                    + " (a forced 1 below w-2 fraction bits) and a truncated decoder (products below 2^n flushed"
                    + " to 0)",
            "Kim, Del Barrio, Oliveira, Hermida, Bagherzadeh, IEEE TC 2019; RTL: github.com/albertodbg/"
                    + "log-arithmetic, vhdl/logMult-w-c1", false,
            C1ZeroRule.NOT_ZERO_MASK, SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("w", Bound.of(2), Bound.n(), Bound.of(6),
                    "bits per operand log: the leading one, w-2 fraction bits and a forced 1"),
            SharedParams.SIGN_C1))),

    MITCHELL(new KindDescriptor("mitchell", "Mitchell's original log multiplier (Mitch-w with w = n)",
            "J. N. Mitchell, \"Computer multiplication and division using binary logarithms\","
                    + " IRE Trans. Electronic Computers, 1962", false, C1ZeroRule.NOT_ZERO_MASK,
            SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            SharedParams.SIGN_SM))),

    DRUM(new KindDescriptor("drum", "DRUM-k: dynamic range unbiased multiplier with k-bit segments",
            "Hashemi, Bahar, Reda, \"DRUM: A dynamic range unbiased multiplier for approximate"
                    + " applications\", ICCAD 2015", false, C1ZeroRule.NONE, SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("k", Bound.of(3), Bound.n(), Bound.of(6),
                    "segment width: leading one, k-2 bits below it and a forced 1"),
            SharedParams.SIGN_C1))),

    ILM(new KindDescriptor("ilm",
            "truncated iterative log multiplier: operands truncated to w bits, a basic block and iter"
                    + " error-correction blocks",
            "H. Kim, M. S. Kim, Del Barrio, Bagherzadeh, \"A cost-efficient iterative truncated logarithmic"
                    + " multiplication for convolutional neural networks\", IEEE ARITH 2019; iteration: Babic,"
                    + " Avramovic, Bulic, \"An iterative logarithmic multiplier\", Microprocessors and"
                    + " Microsystems 2011", false, C1ZeroRule.NOT_ZERO_MASK, SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("w", Bound.of(1), Bound.n(), Bound.of(6),
                    "bits kept per operand: the leading one and w-1 bits below it (w = n: no truncation)"),
            integer("iter", Bound.of(0), Bound.of(8), Bound.of(1),
                    "error-correction iterations after the basic block (0: the basic block alone)"),
            SharedParams.SIGN_C1))),

    ROBA(new KindDescriptor("roba", "RoBA: rounding-based approximate multiplier (operands rounded to powers of two)",
            "Zendegani, Kamal, Bahadori, Afzali-Kusha, Pedram, \"RoBA multiplier: a rounding-based approximate"
                    + " multiplier for high-speed yet energy-efficient digital signal processing\", IEEE TVLSI 2017",
            false, C1ZeroRule.NONE, SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            SharedParams.SIGN_SM))),

    TRUNC(new KindDescriptor("trunc",
            "truncated multiplier: the AND array without its t lowest columns, with constant or variable correction",
            "Schulte, Swartzlander, \"Truncated multiplication with correction constant\", VLSI Signal Processing"
                    + " VI, 1993; King, Swartzlander, \"Data-dependent truncation scheme for parallel multipliers\","
                    + " Asilomar 1997", false, C1ZeroRule.NONE, SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("t", Bound.of(0), Bound.timesN(2, -2), Bound.n(),
                    "partial-product columns left out, from the least significant (0: exact; n: the fixed-width"
                            + " multiplier's lower half; up to 2n-2)"),
            choice("corr", List.of("variable", "constant", "none"), "variable",
                    "what stands in for the dropped columns: column t-1 added once more one column up"
                            + " (variable), their mean for uniform operands (constant), nothing (none)"),
            SharedParams.SIGN_SM))),

    DRALM(new KindDescriptor("dralm",
            "DR-ALM: dynamic range approximate log multiplier (Mitchell's log add on operands truncated to t bits"
                    + " with a forced last 1, plus one unit of compensation)",
            "Yin, Wang, Waris, Liu, Han, Lombardi, \"Design and analysis of energy-efficient dynamic range"
                    + " approximate logarithmic multipliers for machine learning\", IEEE TSUSC 2021", false,
            C1ZeroRule.NOT_ZERO_MASK, SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("t", Bound.of(2), Bound.n(), Bound.of(6),
                    "truncation width: the leading one, t-2 bits below it and a forced 1 (DR-ALM-t)"),
            SharedParams.SIGN_C1))),

    ALMSOA(new KindDescriptor("almsoa",
            "ALM-SOA: Mitchell's log multiplier whose log adder is a set-one adder (its m lowest sum bits 1,"
                    + " the bits above added exactly with a carry in of the AND of the operands' bits m-1)",
            "W. Liu, Xu, D. Wang, C. Wang, Montuschi, Lombardi, \"Design and evaluation of approximate logarithmic"
                    + " multipliers for low power error-tolerant applications\", IEEE TCAS-I 2018", false, C1ZeroRule.NOT_ZERO_MASK,
            SharedParams.approximateInteger(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("m", Bound.of(0), Bound.timesN(1, -1), Bound.timesN(1, -5),
                    "low fraction bits of the log sum set to 1 by the set-one adder (0: Mitchell's exact adder;"
                            + " the default n-5 is 11 at n = 16)"),
            SharedParams.SIGN_SM))),

    BBM(new KindDescriptor("bbm",
            "broken-Booth multiplier: radix-4 Booth partial products with every bit right of a vertical breaking line"
                    + " left out",
            "Farshchi, Abrishami, Fakhraie, \"New approximate multiplier for low power digital signal processing\","
                    + " CADS 2013 (arXiv:2003.06727)", false, null, List.of(
            integer("n", Bound.of(4), Bound.of(64), Bound.of(16), "operand width in bits"),
            integer("vbl", Bound.of(0), Bound.n(), Bound.n(),
                    "vertical breaking line: partial-product and negation bits of the columns below it are never"
                            + " built (0: the exact Booth multiplier; n: the lower half of the product)"),
            choice("sign", List.of("twos"), "twos", "operand encoding: two's complement, Booth recoding's own"),
            SharedParams.ACCUMULATE_ADDER, SharedParams.DOT, SharedParams.ROWS, SharedParams.COLS,
            SharedParams.SHARE_NONE, SharedParams.STAGES))),

    BF16(new KindDescriptor("bf16", "bfloat16 multiplier, FP32 product and FP32 accumulator",
            "bfloat16 baseline (Kim et al., IEEE TETC 2021, Table 4)", true, null, SharedParams.floating())),

    FP32(new KindDescriptor("fp32", "IEEE 754 binary32 multiplier / MAC",
            "FP32 baseline (Kim et al., IEEE TETC 2021, Table 4)", true, null, SharedParams.floating(
            bool("fused", true, "MAC rounds once (fused) or rounds the product first (unfused)")))),

    FP16(SharedParams.floatPreset("fp16", "IEEE 754 binary16 (half precision) operands", "IEEE 754-2008 binary16", 5, 10)),

    TF32(SharedParams.floatPreset("tf32", "TF32 operands (FP32's 8 exponent bits, fp16's 10 fraction bits)",
            "NVIDIA TensorFloat-32 (A100 tensor cores, 2020)", 8, 10)),

    FP8E5M2(SharedParams.floatPreset("fp8e5m2", "OCP 8-bit floating point E5M2 operands (IEEE-style: infinities, NaNs)",
            "OCP 8-bit Floating Point Specification (OFP8), revision 1.0, 2023", 5, 2)),

    FP8E4M3(SharedParams.floatPreset("fp8e4m3", "OCP 8-bit floating point E4M3 operands (no infinities, NaN only"
            + " S.1111.111, largest finite 448)", "OCP 8-bit Floating Point Specification (OFP8), revision 1.0, 2023",
            4, 3)),

    FLOAT(new KindDescriptor("float", "IEEE-style binary floating-point operands of e exponent and m fraction bits,"
            + " FP32 product and FP32 accumulator",
            "IEEE 754-2008 (binary interchange formats, parameterised)", true, null, SharedParams.floating(
            integer("e", Bound.of(2), Bound.of(8), Bound.of(5), "exponent bits (bias 2^(e-1) - 1)"),
            integer("m", Bound.of(1), Bound.of(23), Bound.of(10), "stored fraction bits (precision m + 1)"),
            bool("fused", true, "MAC rounds once (fused) or rounds the product to FP32 first (unfused)"))));

    /** The largest {@code stages} (pipeline latency) a unit accepts. */
    public static final int MAX_STAGES = 8;

    /** The accumulator width of integer MACs (docs/units.md, "The MAC contract"). */
    public static final ParamDescriptor ACCUMULATOR = integer("acc", Bound.timesN(2, 0), Bound.of(128),
            Bound.timesN(2, 8), "accumulator width in bits of an integer MAC (a dot-product MAC's default adds"
                    + " ceil(log2 K) bits for its K lanes)");

    private final KindDescriptor descriptor;

    Kind(KindDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    public KindDescriptor descriptor() {
        return descriptor;
    }

    /** The spec name, e.g. {@code mitchw}. */
    public String specName() {
        return descriptor.name();
    }

    public boolean floating() {
        return descriptor.floating();
    }

    public static Optional<Kind> bySpecName(String name) {
        return Arrays.stream(values()).filter(k -> k.specName().equals(name)).findFirst();
    }

    /** {@code fixed, mitchw, mitchwu, mitchell, drum, ilm, roba, trunc, dralm, almsoa, bbm, bf16, fp32, fp16, tf32, fp8e5m2,
     * fp8e4m3, float}. */
    public static String namesText() {
        return Arrays.stream(values()).map(Kind::specName).collect(Collectors.joining(", "));
    }

    /** The floating kinds' spec names: {@code bf16, fp32, fp16, tf32, fp8e5m2, fp8e4m3, float}. */
    public static String floatingNamesText() {
        return Arrays.stream(values()).filter(Kind::floating).map(Kind::specName).collect(Collectors.joining(", "));
    }

    /** The integer kinds' spec names, e.g. for "needs an integer kind (...)" messages. */
    public static String integerNamesText() {
        return Arrays.stream(values()).filter(k -> !k.floating()).map(Kind::specName)
                .collect(Collectors.joining(", "));
    }
}
