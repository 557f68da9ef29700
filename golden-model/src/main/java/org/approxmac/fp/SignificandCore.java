package org.approxmac.fp;

import java.util.Objects;
import java.util.Optional;
import org.approxmac.golden.Multiplier;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;

/**
 * An approximate multiplier of a floating unit's significands ({@code mult=mitchell|mitchw|drum};
 * docs/units.md, "Approximate significand multipliers"): the unsigned core of an integer kind at the
 * significand's precision p, applied to the two significands after normalisation (a subnormal
 * operand's significand shifted up to its leading one at bit p-1, its exponent lowered alike). The
 * exponents add and the signs XOR exactly; the core's 2p-bit product stands in for the exact one.
 * Every allowed core keeps the product's leading one in its top two bits for operands in
 * [2^(p-1), 2^p), as the exact product does, so the unit rounds it as it would round the exact one.
 *
 * @param core      the integer kind's unsigned multiplier (spec {@code kind:n=p,...,sign=unsigned})
 * @param precision p, the significand width in bits, hidden bit included
 */
public record SignificandCore(Multiplier core, int precision) {

    public SignificandCore {
        Objects.requireNonNull(core);
        if (core.spec().n() != precision) {
            throw new IllegalArgumentException(core.spec() + " does not take " + precision + "-bit significands");
        }
    }

    /** The integer core spec of a floating spec's {@code mult} key at its significand width, if approximate. */
    public static Optional<UnitSpec> coreSpec(UnitSpec spec) {
        String mult = spec.kind().descriptor().param("mult").isPresent() ? spec.param("mult") : "exact";
        if (mult.equals("exact")) {
            return Optional.empty();
        }
        int p = FloatUnit.operandFormat(spec).precision();
        String own = switch (mult) {
            case "mitchw" -> ",w=" + spec.intParam("w");
            case "drum" -> ",k=" + spec.intParam("k");
            default -> "";
        };
        return Optional.of(UnitSpec.parse(mult + ":n=" + p + own + ",sign=unsigned"));
    }

    /** The approximate significand multiplier of a floating spec, if its {@code mult} key names one. */
    public static Optional<SignificandCore> of(UnitSpec spec) {
        int p = FloatUnit.operandFormat(spec).precision();
        return coreSpec(spec).map(core -> new SignificandCore(Units.multiplier(core), p));
    }

    /**
     * The product of two finite nonzero values: normalised significands through the core, exponents
     * added (each lowered by its normalising shift).
     */
    public FloatValue times(FloatValue x, FloatValue y) {
        int shiftX = normalisingShift(x);
        int shiftY = normalisingShift(y);
        long product = core.multiply(x.significand() << shiftX, y.significand() << shiftY);
        if (product >>> (2 * precision - 2) == 0 || product >>> (2 * precision) != 0) {
            throw new IllegalStateException(core.spec() + " gave " + product + " for normalised significands: its"
                    + " leading one is outside the top two of " + 2 * precision + " bits");
        }
        return FloatValue.finite(x.negative() ^ y.negative(), product, x.exponent() - shiftX + y.exponent() - shiftY);
    }

    private int normalisingShift(FloatValue v) {
        int width = 64 - Long.numberOfLeadingZeros(v.significand());
        if (width > precision) {
            throw new IllegalArgumentException(v + " has more than " + precision + " significand bits");
        }
        return precision - width;
    }

    /** E.g. {@code significands by mitchw:n=8,w=6,sign=unsigned}. */
    @Override
    public String toString() {
        return "significands by " + core.spec().canonical();
    }
}
