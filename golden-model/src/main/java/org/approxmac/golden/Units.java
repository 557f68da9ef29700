package org.approxmac.golden;

import org.approxmac.spec.C1ZeroRule;
import org.approxmac.booth.BrokenBoothMultiplier;
import org.approxmac.drum.DrumCore;
import org.approxmac.drum.DrumLookup;
import org.approxmac.fixed.FixedMultiplier;
import org.approxmac.fp.FloatMac;
import org.approxmac.fp.FloatMultiplier;
import org.approxmac.ilm.IlmCore;
import org.approxmac.roba.RobaCore;
import org.approxmac.trunc.Correction;
import org.approxmac.trunc.TruncCore;
import org.approxmac.mitchw.MitchwCore;
import org.approxmac.mitchw.MitchwFloatForm;
import org.approxmac.mitchw.MitchwLookup;
import org.approxmac.mitchw.MitchwVariant;
import org.approxmac.spec.UnitSpec;

/** The golden model of any spec: the one place that maps kinds to their models. */
public final class Units {
    private Units() {
    }

    /** The multiplier of a spec (for a MAC spec, the multiplier inside it, one lane's for a dot-product MAC). */
    public static Multiplier multiplier(UnitSpec spec) {
        if (!spec.mac() && spec.dot()) {
            throw new IllegalArgumentException(spec + " is a dot-product unit: its model is Units.dot, its lanes'"
                    + " multiplier Units.multiplier(spec.lane())");
        }
        UnitSpec m = spec.multiplier();
        return switch (m.kind()) {
            case FIXED -> new FixedMultiplier(m);
            case MITCHW, MITCHWU, MITCHELL, DRALM, ALMSOA -> {
                MitchwVariant variant = MitchwVariant.of(m);
                MitchwCore core = new MitchwCore(m.n(), m.keptBits(), variant);
                Multiplier reference = new SignWrapper(m, core, C1ZeroRule.of(m.kind()));
                yield MitchwLookup.of(m, reference, core).or(() -> MitchwFloatForm.of(m, core, variant))
                        .orElse(reference);
            }
            case DRUM -> {
                DrumCore core = new DrumCore(m.n(), m.intParam("k"));
                Multiplier reference = new SignWrapper(m, core, C1ZeroRule.of(m.kind()));
                yield DrumLookup.of(m, reference, core).orElse(reference);
            }
            case ILM -> new SignWrapper(m, new IlmCore(m.n(), m.intParam("w"), m.intParam("iter")),
                    C1ZeroRule.of(m.kind()));
            case ROBA -> new SignWrapper(m, new RobaCore(m.n()), C1ZeroRule.of(m.kind()));
            case TRUNC -> new SignWrapper(m, new TruncCore(m.n(), m.intParam("t"), Correction.of(m.param("corr"))),
                    C1ZeroRule.of(m.kind()));
            case BBM -> new BrokenBoothMultiplier(m);
            case BF16, FP32, FP16, TF32, FP8E5M2, FP8E4M3, FLOAT -> new FloatMultiplier(m);
        };
    }

    /** The dot-product unit of a spec of two or more lanes without {@code mac} ({@code dot=K}). */
    public static DotProduct dot(UnitSpec spec) {
        if (spec.mac() || !spec.dot()) {
            throw new IllegalArgumentException(spec + " is not a dot-product unit (dot=K with K >= 2, no mac)");
        }
        return new DotProduct(spec, multiplier(spec.lane()));
    }

    /** The MAC of a spec; the spec must have {@code mac}. */
    public static Mac mac(UnitSpec spec) {
        if (!spec.mac()) {
            throw new IllegalArgumentException(spec + " is not a MAC (add ',mac')");
        }
        if (spec.array()) {
            return new ProcessingArray(spec, mac(spec.element()));
        }
        return spec.kind().floating() ? new FloatMac(spec) : new IntegerMac(spec, multiplier(spec));
    }
}
