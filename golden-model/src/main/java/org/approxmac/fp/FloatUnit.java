package org.approxmac.fp;

import java.util.Objects;
import org.approxmac.spec.Kind;
import org.approxmac.spec.UnitSpec;

/**
 * The arithmetic of a floating-point multiplier / MAC for any pair of {@link FloatFormat}s: operands
 * in one format, products and the accumulator in another (docs/units.md, "Floating point").
 *
 * <pre>
 *   a, b --decode--&gt; exact product --(unfused: round, decode)--&gt; + acc --round once--&gt; acc'
 *                        \--round--&gt; z   (the bare multiplier)
 * </pre>
 *
 * {@code bf16}: bf16 operands, FP32 product and accumulator, always fused. {@code fp32}: FP32
 * throughout, {@code fused} as specified.
 */
public final class FloatUnit {
    private final FloatFormat operandFormat;
    private final FloatFormat resultFormat;
    private final SubnormalMode subnormals;
    private final boolean fused;
    private final FloatRounder rounder;
    private final FloatAdder adder;

    private final SignificandCore significandCore;

    /** An exact unit: the significands multiplied exactly. */
    public FloatUnit(FloatFormat operandFormat, FloatFormat resultFormat, SubnormalMode subnormals,
                     boolean fused) {
        this(operandFormat, resultFormat, subnormals, fused, null);
    }

    /**
     * @param significandCore the approximate multiplier of the normalised significands, or null for the
     *                        exact product
     */
    public FloatUnit(FloatFormat operandFormat, FloatFormat resultFormat, SubnormalMode subnormals,
                     boolean fused, SignificandCore significandCore) {
        this.operandFormat = Objects.requireNonNull(operandFormat);
        this.resultFormat = Objects.requireNonNull(resultFormat);
        this.subnormals = Objects.requireNonNull(subnormals);
        this.fused = fused;
        this.rounder = new FloatRounder(resultFormat, subnormals);
        this.adder = new FloatAdder(rounder);
        if (significandCore != null && significandCore.precision() != operandFormat.precision()) {
            throw new IllegalArgumentException(significandCore + " does not multiply " + operandFormat.name()
                    + "'s " + operandFormat.precision() + "-bit significands");
        }
        this.significandCore = significandCore;
    }

    /**
     * The unit a floating spec describes: its operand format, its result format for products and the
     * accumulator ({@code acc}, FP32 by default), its subnormal mode, fused unless the kind has
     * {@code fused=false}, its significand core ({@code mult}) if approximate.
     */
    public static FloatUnit of(UnitSpec spec) {
        if (!spec.kind().floating()) {
            throw new IllegalArgumentException(spec.kind().specName() + " is not a floating kind; expected one of "
                    + Kind.floatingNamesText());
        }
        boolean fused = spec.kind().descriptor().param("fused").isEmpty() || spec.boolParam("fused");
        return new FloatUnit(operandFormat(spec), resultFormat(spec), SubnormalMode.of(spec), fused,
                SignificandCore.of(spec).orElse(null));
    }

    /** The result format of a floating spec: its {@code acc} key's (FP32 by default). */
    public static FloatFormat resultFormat(UnitSpec spec) {
        String acc = spec.kind().descriptor().param("acc").isPresent() ? spec.param("acc") : "fp32";
        return switch (acc) {
            case "fp32" -> FloatFormat.FP32;
            case "tf32" -> FloatFormat.TF32;
            case "bf16" -> FloatFormat.BF16;
            case "fp16" -> FloatFormat.FP16;
            default -> throw new IllegalArgumentException("no result format " + acc);
        };
    }

    /** The operand format of a floating spec: its kind's preset, or {@code float}'s e and m. */
    public static FloatFormat operandFormat(UnitSpec spec) {
        return switch (spec.kind()) {
            case BF16 -> FloatFormat.BF16;
            case FP32 -> FloatFormat.FP32;
            case FP16 -> FloatFormat.FP16;
            case TF32 -> FloatFormat.TF32;
            case FP8E5M2 -> FloatFormat.OCP_E5M2;
            case FP8E4M3 -> FloatFormat.OCP_E4M3;
            case FLOAT -> new FloatFormat("e" + spec.intParam("e") + "m" + spec.intParam("m"), spec.intParam("e"),
                    spec.intParam("m"));
            default -> throw new IllegalArgumentException(spec.kind().specName() + " is not a floating kind");
        };
    }

    /**
     * The unrounded product of two operand patterns (subnormal operands flushed under ftz): exact, or with
     * an approximate significand core the core's product of the normalised significands, the exponents,
     * sign and special values as in the exact product.
     */
    public FloatValue product(long a, long b) {
        FloatValue x = operandFormat.decode(a, subnormals);
        FloatValue y = operandFormat.decode(b, subnormals);
        if (significandCore == null || !x.isFinite() || !y.isFinite()) {
            return x.times(y);
        }
        return significandCore.times(x, y);
    }

    /** RNE(a * b) as a result-format pattern (a * b as {@link #product} defines it). */
    public long multiply(long a, long b) {
        return rounder.round(product(a, b));
    }

    /** The next accumulator: RNE(acc + a*b), with the product rounded first if not fused. */
    public long multiplyAdd(long acc, long a, long b) {
        FloatValue product = product(a, b);
        if (!fused) {
            product = resultFormat.decode(rounder.round(product), subnormals);
        }
        return adder.add(resultFormat.decode(acc, subnormals), product);
    }

    /**
     * RNE(x + y) of two result-format patterns (subnormals flushed under ftz): one adder of a floating
     * dot product's tree, and its MAC's accumulation of the tree's sum.
     */
    public long add(long x, long y) {
        return adder.add(resultFormat.decode(x, subnormals), resultFormat.decode(y, subnormals));
    }

    public FloatFormat operandFormat() {
        return operandFormat;
    }

    public FloatFormat resultFormat() {
        return resultFormat;
    }

    public SubnormalMode subnormals() {
        return subnormals;
    }

    public boolean fused() {
        return fused;
    }

    /** The approximate significand multiplier, if the unit has one. */
    public java.util.Optional<SignificandCore> significandCore() {
        return java.util.Optional.ofNullable(significandCore);
    }

    /** E.g. {@code bf16->fp32 ieee fused}. */
    @Override
    public String toString() {
        return operandFormat.name() + "->" + resultFormat.name() + " " + subnormals.specName() + " "
                + (fused ? "fused" : "unfused") + (significandCore == null ? "" : " " + significandCore);
    }
}
