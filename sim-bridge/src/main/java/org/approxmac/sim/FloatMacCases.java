package org.approxmac.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.approxmac.fp.FloatFormat;
import org.approxmac.fp.FloatUnit;
import org.approxmac.fp.FloatValue;
import org.approxmac.fp.SubnormalMode;
import org.approxmac.golden.MacState;
import org.approxmac.golden.Units;
import org.approxmac.spec.UnitSpec;

/**
 * The constructive stimulus classes of a floating-point MAC (acc &lt;- RNE(acc + a*b)), built from
 * the golden model's arithmetic rather than found by random search. A case loads an accumulator
 * value (one product per operand-precision slice of its significand, each partial sum exact), then
 * clocks the operands under test; every case is checked against the golden model while it is built
 * (the load really produced the intended accumulator, the exact sum really has the intended shape),
 * so a class holds what its name says for every floating spec and both subnormal modes.
 *
 * <ul>
 *   <li>{@code cancel}: for every leading-one offset k of the exact sum below the product's leading one
 *       (-1 = a carry, up to the product's full width), acc chosen so that acc + a*b has its leading one
 *       exactly k places down — the normaliser's every position — with random bits below it, and
 *       (ieee) products of a subnormal operand, which land lower in the normaliser;</li>
 *   <li>{@code align}: every exponent gap between acc and a*b from far below to far above the adder's
 *       window, with significands whose lowest bits reach the sticky position; with subnormal
 *       accumulators too (ieee), whose exponent field is not their leading one;</li>
 *   <li>{@code ties}: sums exactly half-way (kept bit even and odd), just above and just below half
 *       way (round, guard and sticky bits), and rounding that carries into the next binade; for an
 *       unfused MAC also products that tie in the product's own rounding; for a fused MAC with a wide
 *       product, ties decided by an accumulator far below the product (the aligner's longest
 *       shifts);</li>
 *   <li>{@code overflow}: sums around the largest finite value and beyond (also exact products
 *       beyond it that the accumulator brings back), and runs of growing sums into infinity;</li>
 *   <li>{@code underflow}: sums and cancellations around the smallest normal, ties at the subnormal
 *       rounding point, and runs that halve the accumulator into subnormals and zero;</li>
 *   <li>{@code specials}: every accumulator of +-0, +-inf, NaN, the extreme finite values, with every
 *       product of zeros, infinities, NaNs, ones and extreme operands;</li>
 *   <li>{@code subnormals} ({@code subnormals=ieee}): subnormal operands and accumulators at every
 *       leading-one position of their fraction, random bits below it (the unpacking normalisers).</li>
 * </ul>
 */
final class FloatMacCases {
    /** Cases per leading-one offset of {@code cancel}. */
    static final int CANCEL_PER_OFFSET = 24;
    /** Cases per exponent gap of {@code align}. */
    static final int ALIGN_PER_GAP = 6;
    /** Cases per rounding situation of {@code ties}. */
    static final int TIES_PER_KIND = 48;
    /** Cases of {@code ties} decided by a far accumulator (see {@link #farTies}). */
    static final int FAR_TIES = 96;
    private static final int ATTEMPTS = 400;
    private static final int ACC_PRECISION_MARGIN = 16;

    /** How an exact value rounds into the accumulator format. */
    enum Rounding {
        TIE_EVEN, TIE_ODD, ABOVE_HALF, BELOW_HALF, CARRY
    }

    private final FloatUnit unit;
    private final FloatFormat op;
    private final FloatFormat acc;
    private final SubnormalMode subnormals;
    private final UnitSpec spec;
    private final SplittableRandom random;

    FloatMacCases(UnitSpec spec, long seed) {
        if (!spec.mac() || !spec.kind().floating()) {
            throw new IllegalArgumentException(spec.canonical() + " is not a floating-point MAC");
        }
        this.spec = spec;
        this.unit = FloatUnit.of(spec);
        this.op = unit.operandFormat();
        this.acc = unit.resultFormat();
        this.subnormals = unit.subnormals();
        this.random = new SplittableRandom(seed);
    }

    /** The classes in run order, label to cases. */
    static Map<String, List<MacCycles>> classes(UnitSpec spec, long seed) {
        FloatMacCases g = new FloatMacCases(spec, seed);
        Map<String, List<MacCycles>> out = new LinkedHashMap<>();
        out.put("cancel", reached(g.cancel()));
        out.put("align", reached(g.align()));
        out.put("ties", reached(g.ties()));
        out.put("overflow", reached(g.overflow()));
        out.put("underflow", reached(g.underflow()));
        out.put("specials", reached(g.specials()));
        if (g.subnormals == SubnormalMode.IEEE) {
            out.put("subnormals", reached(g.subnormalInputs()));
        }
        return out;
    }

    /**
     * The cases whose starting accumulator the operands' products can reach: narrow operand formats
     * (fp16, FP8) cannot build an FP32 accumulator near FP32's overflow or underflow threshold, so those
     * cases of a class are left out (an empty class runs nothing).
     */
    private static List<MacCycles> reached(List<MacCycles> cases) {
        return cases.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** An operand infinity, or the largest finite operand of a format without infinities. */
    private long operandInfinity(boolean negative) {
        return op.finite() ? op.largestFinite(negative) : op.infinity(negative);
    }

    // ------------------------------------------------------------------------------ shapes

    /** Significant bits of the product the adder sees: the exact product if fused, else rounded. */
    int productWidth() {
        return unit.fused() ? 2 * op.precision() : acc.precision();
    }

    /** The deepest leading-one offset a sum can have below the product's leading one. */
    int deepestOffset() {
        return Math.max(acc.precision(), productWidth() - 1);
    }

    /** The widest exponent gap of {@code align}: beyond the adder's window on both sides. */
    int widestGap() {
        return productWidth() + acc.precision() + ACC_PRECISION_MARGIN;
    }

    // ------------------------------------------------------------------------------ cancel

    List<MacCycles> cancel() {
        List<MacCycles> cases = new ArrayList<>();
        for (int k = -1; k <= deepestOffset(); k++) {
            int got = 0;
            for (int attempt = 0; attempt < ATTEMPTS && got < CANCEL_PER_OFFSET; attempt++) {
                MacCycles c = cancelling(k, -40 + random.nextInt(81));
                if (c != null) {
                    cases.add(c);
                    got++;
                }
            }
        }
        return cases;
    }

    /**
     * A case whose exact sum has its leading one k places below the product's (product near
     * 2^scale), or null when this attempt's random choices do not allow it.
     */
    MacCycles cancelling(int k, int scale) {
        long a;
        long b;
        boolean residue = k >= acc.precision() && unit.fused() && productWidth() > acc.precision() + 1;
        if (residue) {
            // the sum is the product's bits below the accumulator's precision: choose b so that the
            // product's low bits are a chosen pattern (b's fraction = pattern / a's significand mod 2^f)
            int f = op.fractionBits();
            // a subnormal a (ieee, 1 in 3): a narrower product, so the sum lands lower in the normaliser
            boolean tiny = subnormals == SubnormalMode.IEEE && random.nextInt(3) == 0;
            long sa = tiny ? random.nextLong(1L << (1 + random.nextInt(f))) | 1 : (1L << f) | random.nextLong(1L << f) | 1;
            int full = tiny ? 64 - Long.numberOfLeadingZeros(sa) + op.precision() : productWidth();
            int width = k == full - 1 ? full : full - random.nextInt(2);
            int j = width - 1 - k;
            if (j < 0 || j >= f) {
                return null;
            }
            long t = (1L << j) | (j == 0 ? 0 : random.nextLong(1L << j));
            a = tiny ? op.pattern(random.nextBoolean(), 0, sa) : operand(random.nextBoolean(), sa, scale / 2);
            b = operand(random.nextBoolean(), significandFor(sa, t), tiny ? scale : scale - scale / 2);
        } else {
            boolean narrow = k >= acc.precision() - 1;
            boolean tiny = subnormals == SubnormalMode.IEEE && random.nextInt(4) == 0;
            a = tiny ? op.pattern(random.nextBoolean(), 0, random.nextLong(1L << op.fractionBits()) | 1)
                    : randomOperand(scale / 2, narrow);
            b = randomOperand(tiny ? scale : scale - scale / 2, narrow);
        }
        ExactValue q = product(a, b);
        if (q == null) {
            return null;
        }
        // acc = s - (the product cut to the accumulator's precision): the sum is s plus the cut-off bits
        int lead = q.leading() - k;
        int grid = q.leading() - acc.precision() + 1;
        // below the grid only a power-of-two product helps: acc = -(q - s) is then 24 ones one place down
        ExactValue s = residue ? ExactValue.ZERO : ExactValue.power(q.negative(), lead);
        if (lead >= grid) {
            s = ExactValue.power(random.nextBoolean(), lead);
            // random bits below the sum's leading one, down to one place below the product's grid (an
            // accumulator one binade below the product reaches it): the normaliser sees more than one 1
            int low = grid - random.nextInt(2);
            if (lead > low) {
                BigInteger bits = BigInteger.valueOf(random.nextLong(1L << Math.min(62, lead - low)));
                s = s.plus(new ExactValue(s.negative() ? bits.negate() : bits, low));
            }
        }
        ExactValue cut = q.abs().minus(q.magnitudeBelow(grid));
        ExactValue accValue = s.minus(q.negative() ? cut.negate() : cut);
        ExactValue sum = accValue.plus(q);
        OptionalLong pattern = accValue.pattern(acc, subnormals);
        if (sum.isZero() || sum.leading() != lead || pattern.isEmpty() || accValue.isZero()) {
            return null;
        }
        return loadIfReachable(pattern.getAsLong()).step(a, b).done();
    }

    /** The significand of b whose product with significand sa has the low fraction bits of t. */
    private long significandFor(long sa, long t) {
        int f = op.fractionBits();
        long inverse = BigInteger.valueOf(sa).modInverse(BigInteger.ONE.shiftLeft(f)).longValue();
        return (1L << f) | ((t * inverse) & op.fractionMask());
    }

    // ------------------------------------------------------------------------------ align

    List<MacCycles> align() {
        List<MacCycles> cases = new ArrayList<>();
        int gap = widestGap();
        long[] patterns = {-1, (1L << (acc.precision() - 1)) | 1, (1L << acc.precision()) - 1,
            1L << (acc.precision() - 1)};
        for (int d = -gap; d <= gap; d++) {
            for (int i = 0; i < ALIGN_PER_GAP; i++) {
                int scale = -20 + random.nextInt(41);
                long a = randomOperand(scale / 2, false);
                long b = randomOperand(scale - scale / 2, false);
                ExactValue q = product(a, b);
                if (q == null) {
                    continue;
                }
                long sig = patterns[i % patterns.length];
                if (sig < 0) {
                    sig = (1L << (acc.precision() - 1)) | random.nextLong(1L << (acc.precision() - 1)) | 1;
                }
                int lead = q.leading() + d;
                ExactValue c = ExactValue.of(random.nextBoolean(), sig, lead - acc.precision() + 1);
                OptionalLong pattern = c.pattern(acc, subnormals);
                if (pattern.isPresent()) {
                    cases.add(loadIfReachable(pattern.getAsLong()).step(a, b).done());
                }
            }
        }
        if (subnormals == SubnormalMode.IEEE) {
            // subnormal accumulators: the aligner shifts by the exponent fields' difference, which for a
            // subnormal is not the gap between the leading ones, so the shifts reach further
            for (int d = -gap; d <= gap; d++) {
                for (int i = 0; i < ALIGN_PER_GAP / 2; i++) {
                    int productLead = acc.minExponent() - 1 - random.nextInt(acc.fractionBits()) - d;
                    long a = randomOperand(productLead / 2, false);
                    long b = randomOperand(productLead - productLead / 2, false);
                    ExactValue q = product(a, b);
                    int lead = q == null ? 0 : q.leading() + d;
                    if (q != null && lead >= acc.minExponent() - acc.fractionBits() && lead < acc.minExponent()) {
                        cases.add(loadIfReachable(randomAccumulator(lead)).step(a, b).done());
                    }
                }
            }
        }
        return cases;
    }

    // ------------------------------------------------------------------------------ ties

    List<MacCycles> ties() {
        List<MacCycles> cases = new ArrayList<>();
        Map<Rounding, Integer> got = new EnumMap<>(Rounding.class);
        Map<Rounding, Integer> productGot = new EnumMap<>(Rounding.class);
        int wanted = Rounding.values().length * TIES_PER_KIND;
        int productWanted = unit.fused() ? 0 : (Rounding.values().length - 1) * TIES_PER_KIND;
        int totalGot = 0;
        int productTotal = 0;
        for (int attempt = 0; attempt < 200 * (wanted + productWanted)
                && (totalGot < wanted || productTotal < productWanted); attempt++) {
            int scale = -30 + random.nextInt(61);
            if (productTotal < productWanted && attempt % 2 == 1) {
                long[] ab = productNearTie(scale);
                ExactValue exact = ExactValue.of(unit.product(ab[0], ab[1]));
                Rounding r = rounding(exact);
                if (r != null && r != Rounding.CARRY && productGot.getOrDefault(r, 0) < TIES_PER_KIND) {
                    productGot.merge(r, 1, Integer::sum);
                    productTotal++;
                    long base = randomAccumulator(exact.leading() - 30 + random.nextInt(60));
                    cases.add(loadIfReachable(base).step(ab[0], ab[1]).done());
                }
                continue;
            }
            long a = randomOperand(scale / 2, false);
            long b = randomOperand(scale - scale / 2, false);
            ExactValue q = product(a, b);
            ExactValue c = q == null ? null : random.nextBoolean() ? accumulatorOnTop(q) : productOnTop(q);
            if (c == null) {
                continue;
            }
            OptionalLong pattern = c.pattern(acc, subnormals);
            Rounding r = rounding(c.plus(q));
            if (pattern.isEmpty() || c.isZero() || r == null || got.getOrDefault(r, 0) >= TIES_PER_KIND) {
                continue;
            }
            got.merge(r, 1, Integer::sum);
            totalGot++;
            cases.add(loadIfReachable(pattern.getAsLong()).step(a, b).done());
        }
        farTies(cases);
        return cases;
    }

    /**
     * Ties decided by an accumulator far below the product (fused MACs whose exact product is wider
     * than the accumulator): the product's bits below the rounding point are half an ulp minus a small
     * power of two (chosen through b's significand), and the accumulator is that power, 33 to 47
     * places below the product's leading one, so the sum is exactly half way only if the aligner's
     * longest shifts put the accumulator's one bit in the right place; a third of them in the
     * subnormal range (ieee), where the aligner shifts by the exponent fields' difference.
     */
    private void farTies(List<MacCycles> cases) {
        int f = op.fractionBits();
        if (!unit.fused() || productWidth() <= acc.precision() + 8) {
            return;
        }
        int got = 0;
        for (int attempt = 0; attempt < 40 * FAR_TIES && got < FAR_TIES; attempt++) {
            long sa = (1L << f) | random.nextLong(1L << f) | 1;
            int m = random.nextInt(f - 8);
            long t = ((1L << f) - (1L << m)) & op.fractionMask();
            boolean tiny = subnormals == SubnormalMode.IEEE && attempt % 3 == 0;
            int scale = tiny ? -88 - random.nextInt(20) : -30 + random.nextInt(61);
            long a = operand(random.nextBoolean(), sa, scale / 2);
            long b = operand(random.nextBoolean(), significandFor(sa, t), scale - scale / 2);
            ExactValue q = product(a, b);
            if (q == null) {
                continue;
            }
            int ulp = q.leading() - acc.precision() + 1;
            if (q.lowest() >= ulp) {
                continue;
            }
            ExactValue c = ExactValue.power(false, ulp - 1).minus(q.magnitudeBelow(ulp));
            if (c.isZero() || c.negative() || q.leading() - c.leading() < 30) {
                continue;
            }
            OptionalLong pattern = (q.negative() ? c.negate() : c).pattern(acc, subnormals);
            if (pattern.isPresent()) {
                cases.add(loadIfReachable(pattern.getAsLong()).step(a, b).done());
                got++;
            }
        }
    }

    /** An accumulator whose last kept bit lies 1 to 3 places above the product's lowest bit. */
    private ExactValue accumulatorOnTop(ExactValue q) {
        int ulp = q.lowest() + 1 + random.nextInt(3);
        long sig = random.nextInt(4) == 0 ? (1L << acc.precision()) - 1
                : (1L << (acc.precision() - 1)) | random.nextLong(1L << (acc.precision() - 1));
        return ExactValue.of(random.nextBoolean(), sig, ulp);
    }

    /**
     * An accumulator that brings the product's bits below the accumulator precision to half way
     * (or just off it), the kept part moved by -1, 0 or +1 units; null if the product has no such bits.
     */
    private ExactValue productOnTop(ExactValue q) {
        int ulp = q.leading() - acc.precision() + 1;
        if (q.lowest() >= ulp) {
            return null;
        }
        ExactValue rest = q.magnitudeBelow(ulp);
        int off = random.nextInt(3);
        ExactValue half = ExactValue.power(false, ulp - 1);
        if (off > 0) {
            int span = ulp - 1 - q.lowest();
            half = half.plus(ExactValue.power(off == 2, span > 0 ? q.lowest() + random.nextInt(span) : ulp - 2));
        }
        ExactValue c = half.minus(rest).plus(ExactValue.of(false, random.nextInt(3) - 1, ulp));
        return q.negative() ? c.negate() : c;
    }

    /** Operands whose exact product lies at or next to a tie of its own rounding to the accumulator format. */
    private long[] productNearTie(int scale) {
        int f = op.fractionBits();
        long sa = (1L << f) | random.nextLong(1L << f) | 1;
        int width = 2 * op.precision() - random.nextInt(2);
        int point = width - acc.precision();
        if (point < 1 || point > f) {
            return new long[] {randomOperand(scale / 2, false), randomOperand(scale - scale / 2, false)};
        }
        long t = 1L << (point - 1);
        int near = random.nextInt(3);
        if (near > 0 && point >= 2) {
            t += (near == 1 ? 1 : -1) * (1L << random.nextInt(point - 1));
        }
        return new long[] {operand(random.nextBoolean(), sa, scale / 2),
            operand(random.nextBoolean(), significandFor(sa, t), scale - scale / 2)};
    }

    /** How an exact nonzero value rounds into the accumulator format; null if exactly representable or flushed. */
    Rounding rounding(ExactValue s) {
        if (s == null || s.isZero()) {
            return null;
        }
        int lead = s.leading();
        if (lead < acc.minExponent() && subnormals == SubnormalMode.FTZ) {
            return null;
        }
        int ulp = Math.max(lead, acc.minExponent()) - acc.fractionBits();
        if (s.lowest() >= ulp) {
            return null;
        }
        boolean half = s.magnitudeBit(ulp - 1);
        boolean rest = s.lowest() < ulp - 1;
        BigInteger kept = s.significand().abs().shiftRight(ulp - s.exponent());
        boolean odd = kept.testBit(0);
        if (half && (rest || odd) && kept.add(BigInteger.ONE).bitLength() > kept.bitLength()) {
            return Rounding.CARRY;
        }
        if (half) {
            return rest ? Rounding.ABOVE_HALF : odd ? Rounding.TIE_ODD : Rounding.TIE_EVEN;
        }
        return Rounding.BELOW_HALF;
    }

    // ------------------------------------------------------------------------------ overflow

    List<MacCycles> overflow() {
        List<MacCycles> cases = new ArrayList<>();
        int top = acc.maxExponent();
        int ulp = top - acc.fractionBits();
        for (boolean negative : new boolean[] {false, true}) {
            long max = acc.largestFinite(negative);
            // half an ulp of the largest value (a tie: its kept bit is odd, so it rounds up to infinity),
            // a quarter, three quarters, a whole ulp, with the same and the opposite sign
            for (ExactValue add : List.of(ExactValue.power(negative, ulp - 1), ExactValue.power(negative, ulp - 2),
                    ExactValue.of(negative, 3, ulp - 2), ExactValue.power(negative, ulp),
                    ExactValue.power(!negative, ulp - 1), ExactValue.power(!negative, top))) {
                long[] ab = operandsFor(add);
                if (ab != null) {
                    cases.add(loadIfReachable(max).step(ab[0], ab[1]).done());
                }
            }
        }
        for (int i = 0; i < 160; i++) {
            int accLead = top - random.nextInt(4);
            long base = randomAccumulator(accLead);
            int productLead = accLead - 4 + random.nextInt(9);
            long a = randomOperand(productLead / 2, false);
            long b = randomOperand(productLead - productLead / 2, false);
            cases.add(loadIfReachable(base).step(a, b).done());
        }
        for (int i = 0; i < 16; i++) {
            // a run of same-sign sums into infinity, then an infinity of the other sign (NaN), or of
            // the same sign
            boolean negative = i % 2 == 1;
            Case c = loadIfReachable(randomAccumulator(top - 3));
            for (int s = 0; s < 6; s++) {
                long a = randomOperand(top / 2, false);
                long b = randomOperand(top - 2 - top / 2, false);
                c.step(withSign(a, acc.negative(c.state())), withSign(b, false));
            }
            c.step(withSign(operandInfinity(false), !acc.negative(c.state())), op.powerOfTwo(negative, 0));
            cases.add(c.done());
        }
        return cases;
    }

    // ------------------------------------------------------------------------------ underflow

    List<MacCycles> underflow() {
        List<MacCycles> cases = new ArrayList<>();
        int min = acc.minExponent();
        int bottom = subnormals == SubnormalMode.IEEE ? min - acc.fractionBits() : min;
        for (int i = 0; i < 160; i++) {
            int accLead = bottom + random.nextInt(min + 8 - bottom);
            int productLead = Math.max(bottom - 12, accLead - 4 + random.nextInt(9));
            long a = randomOperand(productLead / 2, false);
            long b = randomOperand(productLead - productLead / 2, false);
            cases.add(loadIfReachable(randomAccumulator(accLead)).step(a, b).done());
        }
        for (int k = 0; k <= acc.precision() && cases.size() < 400; k++) {
            for (int i = 0; i < 4; i++) {
                MacCycles c = cancelling(k, min + 4 + random.nextInt(24));
                if (c != null) {
                    cases.add(c);
                }
            }
        }
        if (subnormals == SubnormalMode.IEEE) {
            int ulp = min - acc.fractionBits();
            for (int i = 0; i < 64; i++) {
                // a product whose lowest bit is half (or a quarter) of the smallest subnormal
                int low = ulp - 1 - (i % 4 == 3 ? 1 : 0);
                int f = op.fractionBits();
                long sa = (1L << f) | random.nextLong(1L << f) | 1;
                long sb = (1L << f) | random.nextLong(1L << f) | 1;
                int leads = low + 2 * f;
                long a = operand(random.nextBoolean(), sa, leads / 2);
                long b = operand(random.nextBoolean(), sb, leads - leads / 2);
                long base = i % 2 == 0 ? 0 : acc.pattern(random.nextBoolean(), 0,
                        random.nextLong(1L << acc.fractionBits()) | 1);
                cases.add(loadIfReachable(base).step(a, b).done());
            }
        }
        for (int i = 0; i < 16; i++) {
            // a run that halves the accumulator (minus a little) until it is subnormal, then zero
            if (op.minExponent() > -41) {
                break; // a narrow operand format has no 2^-41 to halve by (nor products down there)
            }
            Case c = loadIfReachable(randomAccumulator(min + 6));
            for (int s = 0; s < acc.precision() + 12; s++) {
                FloatValue v = acc.decode(c.state(), subnormals);
                if (!v.isFinite()) {
                    break;
                }
                long a = operandNear(ExactValue.of(v), 40);
                c.step(a, withSign(op.powerOfTwo(false, -41), true));
            }
            cases.add(c.done());
        }
        return cases;
    }

    // ------------------------------------------------------------------------------ subnormal inputs

    /** Cases per leading-one position of a subnormal operand or accumulator in {@code subnormals}. */
    static final int SUBNORMAL_PER_POSITION = 8;

    /**
     * Subnormal inputs at every leading-one position of their fraction, with random bits below it (the
     * leading-one detectors that normalise them when they are unpacked): each operand in turn (the
     * other one large enough for a product in the normal range, the accumulator near the product), and
     * the accumulator (a product near it).
     */
    List<MacCycles> subnormalInputs() {
        List<MacCycles> cases = new ArrayList<>();
        for (int p = 0; p < op.fractionBits(); p++) {
            for (int i = 0; i < 2 * SUBNORMAL_PER_POSITION; i++) {
                long tiny = op.pattern(random.nextBoolean(), 0, (1L << p) | below(p));
                int lead = op.minExponent() - op.fractionBits() + p;
                long other = randomOperand(-lead - random.nextInt(8), false);
                boolean first = i % 2 == 0;
                long a = first ? tiny : other;
                long b = first ? other : tiny;
                ExactValue q = product(a, b);
                long base = q == null || q.isZero() ? 0 : randomAccumulator(q.leading() - 4 + random.nextInt(9));
                cases.add(loadIfReachable(base).step(a, b).done());
            }
        }
        for (int p = 0; p < acc.fractionBits(); p++) {
            for (int i = 0; i < SUBNORMAL_PER_POSITION; i++) {
                long c = acc.pattern(random.nextBoolean(), 0, (1L << p) | below(p));
                int productLead = acc.minExponent() - acc.fractionBits() + p - 4 + random.nextInt(9);
                long a = randomOperand(productLead / 2, false);
                long b = randomOperand(productLead - productLead / 2, false);
                cases.add(loadIfReachable(c).step(a, b).done());
            }
        }
        return cases;
    }

    /** Random bits below bit p, the lowest of them (a random number, up to all) cleared. */
    private long below(int p) {
        long bits = p == 0 ? 0 : random.nextLong(1L << p);
        return bits & -(1L << random.nextInt(p + 1));
    }

    // ------------------------------------------------------------------------------ specials

    List<MacCycles> specials() {
        List<MacCycles> cases = new ArrayList<>();
        List<Long> accumulators = new ArrayList<>();
        List<Long> operands = new ArrayList<>();
        for (boolean negative : new boolean[] {false, true}) {
            accumulators.addAll(List.of(acc.zero(negative), acc.infinity(negative), acc.largestFinite(negative),
                    acc.smallestNormal(negative), acc.powerOfTwo(negative, 0)));
            operands.addAll(List.of(op.zero(negative), operandInfinity(negative), op.powerOfTwo(negative, 0),
                    op.largestFinite(negative), op.smallestNormal(negative)));
            if (subnormals == SubnormalMode.IEEE) {
                accumulators.add(acc.smallestSubnormal(negative));
                operands.add(op.smallestSubnormal(negative));
            } else {
                operands.add(op.largestSubnormal(negative));
            }
        }
        accumulators.add(acc.canonicalNaN());
        operands.add(op.canonicalNaN());
        operands.add(op.pattern(true, op.maxBiasedExponent(), 1));
        for (long c : accumulators) {
            if (!reachable(c)) {
                continue; // -0 under ieee without fusion: no sum of two FP32 values rounds to -0
            }
            for (long a : operands) {
                for (long b : operands) {
                    cases.add(loadIfReachable(c).step(a, b).done());
                }
            }
        }
        return cases;
    }

    // ------------------------------------------------------------------------------ building blocks

    /** A case under construction, tracking the golden register. */
    final class Case {
        private final MacCycles cycles = new MacCycles();
        private final MacState register = new MacState(Units.mac(spec));
        private boolean unreachable;

        Case clock(int flags, long a, long b) {
            if (unreachable) {
                return this;
            }
            cycles.add(flags, a, b);
            register.clock((flags & MacSequence.RST) != 0, (flags & MacSequence.EN) != 0,
                    (flags & MacSequence.CLR) != 0, a, b);
            return this;
        }

        Case step(long a, long b) {
            return clock(MacSequence.EN, a, b);
        }

        long state() {
            return register.accumulatorBits();
        }

        /** The cycles, or null for a case whose starting accumulator cannot be reached. */
        MacCycles done() {
            return unreachable ? null : cycles;
        }
    }

    /** {@link #load}, or a case that records nothing (done() is null) when the pattern cannot be reached. */
    Case loadIfReachable(long pattern) {
        try {
            return load(pattern);
        } catch (IllegalStateException | IllegalArgumentException e) { // not a sum of products, or no such operand
            Case dead = new Case();
            dead.unreachable = true;
            return dead;
        }
    }

    /**
     * A case that sets the accumulator to a pattern: +0 by reset, -0 by a product that rounds to -0,
     * infinities and NaN by an overflowing or NaN product, finite values by one product per
     * operand-precision slice of the significand (the first with clr), each partial sum exact.
     */
    Case load(long pattern) {
        Case c = new Case();
        FloatValue v = acc.decode(pattern, subnormals);
        int clr = MacSequence.EN | MacSequence.CLR;
        if (v.isNaN()) {
            c.clock(clr, op.canonicalNaN(), op.powerOfTwo(false, 0));
        } else if (v.isInfinite()) {
            c.clock(clr, withSign(op.largestFinite(false), v.negative()), op.largestFinite(false));
        } else if (v.isZero()) {
            c.clock(MacSequence.RST, 0, 0);
            if (v.negative()) {
                // a tiny negative product (rounds to -0, or flushes); else (ftz) a tiny negative sum
                c.step(op.smallestNormal(true), op.smallestNormal(false));
                if (c.state() != pattern) {
                    // -1.5 * 2^min + 2^min = -2^(min-1), flushed to -0
                    int half = acc.minExponent() / 2;
                    long scale = op.powerOfTwo(false, acc.minExponent() - half);
                    c.clock(MacSequence.EN | MacSequence.CLR, operand(true, 3L << (op.fractionBits() - 1), half), scale);
                    c.step(op.powerOfTwo(false, half), scale);
                }
            }
        } else {
            ExactValue x = ExactValue.of(v);
            ExactValue left = x;
            int flags = clr;
            while (!left.isZero()) {
                int lead = left.leading();
                ExactValue slice = left.abs().minus(left.abs().magnitudeBelow(lead - op.precision() + 1));
                slice = left.negative() ? slice.negate() : slice;
                long[] ab = operandsFor(slice);
                if (ab == null) { // a narrow operand format's products cannot reach this accumulator value
                    throw new IllegalStateException(spec.canonical() + ": 0x" + Long.toHexString(pattern)
                            + " is not a sum of products of " + op.name() + " operands");
                }
                c.clock(flags, ab[0], ab[1]);
                flags = MacSequence.EN;
                left = left.minus(slice);
            }
        }
        if (c.state() != pattern) {
            throw new IllegalStateException(spec.canonical() + ": loading 0x" + Long.toHexString(pattern)
                    + " gave 0x" + Long.toHexString(c.state()));
        }
        return c;
    }

    /** Whether {@link #load} can set the accumulator to this pattern. */
    private boolean reachable(long pattern) {
        return loadIfReachable(pattern).done() != null;
    }

    /** Operands whose exact product is a value of at most operand precision; null if out of range. */
    private long[] operandsFor(ExactValue v) {
        int lead = v.leading();
        int lowest = v.lowest();
        if (lead - lowest >= op.precision()) {
            return null;
        }
        int leadB = Math.max(op.minExponent(), Math.min(op.maxExponent(), Math.floorDiv(lead, 2)));
        int leadA = lead - leadB;
        if (leadA < op.minExponent() || leadA > op.maxExponent()) {
            return null;
        }
        long sig = v.abs().significand().shiftRight(lowest - v.exponent()).longValue() << (op.precision() - 1 - (lead - lowest));
        return new long[] {operand(v.negative(), sig, leadA), op.powerOfTwo(false, leadB)};
    }

    /** The operand nearest below |v| * 2^shift, with v's sign. */
    private long operandNear(ExactValue v, int shift) {
        int lead = v.leading();
        BigInteger m = v.abs().significand();
        int drop = m.bitLength() - op.precision();
        long sig = (drop >= 0 ? m.shiftRight(drop) : m.shiftLeft(-drop)).longValue();
        int l = Math.max(op.minExponent(), Math.min(op.maxExponent(), lead + shift));
        return operand(v.negative(), sig, l);
    }

    /** A normal operand with significand sig (leading one at bit precision-1) and leading exponent lead. */
    private long operand(boolean negative, long sig, int lead) {
        int l = Math.max(op.minExponent(), Math.min(op.maxExponent(), lead));
        return op.pattern(negative, l + op.bias(), sig & op.fractionMask());
    }

    /**
     * A random normal operand near 2^lead: significands random, a power of two (1 in 4) or, when
     * {@code narrow}, mostly a power of two (products with few bits reach the deepest offsets).
     */
    private long randomOperand(int lead, boolean narrow) {
        int f = op.fractionBits();
        long sig = narrow && random.nextBoolean() || random.nextInt(4) == 0 ? 1L << f
                : (1L << f) | random.nextLong(1L << f);
        return operand(random.nextBoolean(), sig, lead);
    }

    /** A random finite accumulator pattern with leading exponent lead (subnormal below the normal range). */
    private long randomAccumulator(int lead) {
        int f = acc.fractionBits();
        int l = Math.max(acc.minExponent() - f, Math.min(acc.maxExponent(), lead));
        if (l < acc.minExponent()) {
            if (subnormals == SubnormalMode.FTZ) {
                return acc.smallestNormal(random.nextBoolean());
            }
            int bit = l - (acc.minExponent() - f);
            return acc.pattern(random.nextBoolean(), 0, (1L << bit) | random.nextLong(1L << bit));
        }
        return acc.pattern(random.nextBoolean(), l + acc.bias(), random.nextLong(1L << f));
    }

    private long withSign(long pattern, boolean negative) {
        return negative ? pattern | op.signBit() : pattern & ~op.signBit();
    }

    /** The product the adder sees: exact (fused) or rounded to the accumulator format first. */
    private ExactValue product(long a, long b) {
        FloatValue p = unit.fused() ? unit.product(a, b) : acc.decode(unit.multiply(a, b), subnormals);
        return p.isFinite() ? ExactValue.of(p) : null;
    }
}
