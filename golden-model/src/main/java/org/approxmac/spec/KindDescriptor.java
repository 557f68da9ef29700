package org.approxmac.spec;

import java.util.List;
import java.util.Optional;

/**
 * Everything approxmac knows about a kind of unit at the level of its parameters: name, summary, the
 * paper it comes from, and its parameters in canonical order. One per {@link Kind}.
 *
 * @param name     the spec name, e.g. {@code mitchw}
 * @param title    a short human title, e.g. {@code Mitch-w (truncated Mitchell) log multiplier}
 * @param paper    the paper the design comes from
 * @param floating whether the unit is floating point (FP32 accumulator, no {@code acc} key)
 * @param zeroRule how the kind's sign wrapper treats zero operands in c1 mode (docs/units.md, "Zero rules in
 *                 c1 mode"); null for kinds without a sign wrapper (fixed, floating)
 * @param params   the parameters, in canonical order
 */
public record KindDescriptor(String name, String title, String paper, boolean floating, C1ZeroRule zeroRule,
                             List<ParamDescriptor> params) {

    public KindDescriptor {
        params = List.copyOf(params);
        if (floating && zeroRule != null) {
            throw new IllegalArgumentException(name + ": a floating kind has no sign wrapper, so no zero rule");
        }
    }

    public Optional<ParamDescriptor> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The keys accepted in a spec of this kind, including {@code mac} (and {@code acc}). */
    public List<String> acceptedKeys() {
        var keys = new java.util.ArrayList<String>();
        params.forEach(p -> keys.add(p.key()));
        keys.add("mac");
        if (!floating) {
            keys.add("acc");
        }
        return keys;
    }
}
