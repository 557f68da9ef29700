package org.approxmac.analysis.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.spec.Kind;
import org.approxmac.spec.ParamType;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;

/**
 * The design points of a sweep: every kind at every operand width, with every w (mitchw) or k (drum)
 * that the width allows; {@code mitchell} and {@code fixed} take one point per width, {@code bf16}
 * and {@code fp32} one point in all. Sign handling is each kind's default (docs/units.md).
 *
 * @param kinds the kinds, in output order
 * @param ns    operand widths
 * @param ws    Mitch-w kept bits
 * @param ks    DRUM segment widths
 * @param mac   sweep MAC units instead of multipliers
 * @param archs  fixed-point architectures ({@code arch} values; empty: the default only)
 * @param adders carry-propagate adders ({@code adder} values; empty: the default only): the fixed
 *               kind's final adder, and with {@code mac} every integer MAC's accumulate adder
 * @param sets   any other parameter, by key, with the values to sweep (e.g. ilm's {@code iter}, trunc's
 *               {@code t} and {@code corr}): applied to every swept kind whose descriptor has the key, or with
 *               {@code KIND.KEY} (e.g. {@code dralm.t}) to that kind only, each combination a point; a key no
 *               swept kind has is an error
 */
public record SweepGrid(List<Kind> kinds, List<Integer> ns, List<Integer> ws, List<Integer> ks, boolean mac,
                        List<String> archs, List<String> adders, Map<String, List<String>> sets) {

    /**
     * Keys with their own axis (or none): not accepted in {@code sets}. A floating kind's {@code acc} (its
     * result format) is swept with sets; an integer MAC's accumulator width is no parameter of its kind.
     */
    public static final List<String> OWN_AXES = List.of("n", "w", "k", "arch", "adder", "dot", "rows", "cols");

    public SweepGrid {
        kinds = List.copyOf(kinds);
        ns = List.copyOf(ns);
        ws = List.copyOf(ws);
        ks = List.copyOf(ks);
        archs = List.copyOf(archs);
        adders = List.copyOf(adders);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        sets.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        sets = Collections.unmodifiableMap(copy);
    }

    /** A grid without other parameters swept. */
    public SweepGrid(List<Kind> kinds, List<Integer> ns, List<Integer> ws, List<Integer> ks, boolean mac,
                     List<String> archs, List<String> adders) {
        this(kinds, ns, ws, ks, mac, archs, adders, Map.of());
    }

    /** A grid with each kind's default architecture. */
    public SweepGrid(List<Kind> kinds, List<Integer> ns, List<Integer> ws, List<Integer> ks, boolean mac) {
        this(kinds, ns, ws, ks, mac, List.of(), List.of());
    }

    /**
     * The specs in order: kind, then n, then w or k. Combinations the spec rules reject (e.g. w > n)
     * are left out; a grid yielding no design at all is an error.
     *
     * @throws SpecException if no combination is valid
     */
    public List<UnitSpec> designs() {
        checkSets();
        List<UnitSpec> out = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Kind kind : kinds) {
            if (kind.floating()) {
                floatingPoints(out, rejected, kind);
                continue;
            }
            for (int n : ns) {
                if (kind == Kind.FIXED) {
                    fixedPoints(out, rejected, n);
                } else if (kind.descriptor().param("w").isPresent()) { // mitchw, mitchwu, ilm
                    ws.forEach(w -> addSets(out, rejected, kind, params("n", n, "w", w)));
                } else if (kind.descriptor().param("k").isPresent()) { // drum
                    ks.forEach(k -> addSets(out, rejected, kind, params("n", n, "k", k)));
                } else {
                    addSets(out, rejected, kind, params("n", n)); // mitchell, roba, trunc
                }
            }
        }
        if (out.isEmpty()) {
            throw new SpecException("the sweep has no valid design point: " + rejected.get(0));
        }
        return List.copyOf(out);
    }

    /** Every arch x adder of the fixed kind at width n (a bad value is a one-line SpecException). */
    private void fixedPoints(List<UnitSpec> out, List<String> rejected, int n) {
        for (String arch : archs.isEmpty() ? Collections.<String>singletonList(null) : archs) {
            for (String adder : adders.isEmpty() ? Collections.<String>singletonList(null) : adders) {
                Map<String, String> values = params("n", n);
                if (arch != null) {
                    values.put("arch", arch);
                }
                if (adder != null) {
                    values.put("adder", adder);
                }
                UnitSpec.of(Kind.FIXED, values, false, null); // a bad arch/adder word is an error, not skipped
                add(out, rejected, Kind.FIXED, values);
            }
        }
    }

    /** The parameter a {@code sets} key names: {@code t} for both {@code t} and {@code trunc.t}. */
    private static String paramOf(String key) {
        return key.substring(key.indexOf('.') + 1);
    }

    /**
     * Whether the {@code sets} key applies to {@code kind}: a qualified key ({@code trunc.t}) to that kind
     * only, a plain one ({@code t}) to every kind with the parameter that has no qualified key for it.
     */
    private boolean applies(String key, Kind kind) {
        String param = paramOf(key);
        if (kind.descriptor().param(param).isEmpty()) {
            return false;
        }
        int dot = key.indexOf('.');
        return dot >= 0 ? key.substring(0, dot).equals(kind.specName())
                : !sets.containsKey(kind.specName() + "." + param);
    }

    /** A key of {@code sets} must belong to some swept kind, and not to an axis of its own. */
    private void checkSets() {
        for (String key : sets.keySet()) {
            String param = paramOf(key);
            if (OWN_AXES.contains(param)) {
                throw new SpecException("--set " + key + ": " + param + " is not swept with --set (use its own option or"
                        + " a spec); accepted: other parameters of the swept kinds");
            }
            if (key.contains(".") && kinds.stream().noneMatch(k -> key.startsWith(k.specName() + "."))) {
                throw new SpecException("--set " + key + ": '" + key.substring(0, key.indexOf('.'))
                        + "' is not one of the swept kinds (KIND.KEY names a swept kind's parameter)");
            }
            if (kinds.stream().noneMatch(k -> applies(key, k))) {
                throw new SpecException("--set " + key + ": none of the swept kinds has a parameter '" + param + "'");
            }
            if (sets.get(key).isEmpty()) {
                throw new SpecException("--set " + key + ": no values");
            }
            for (Kind kind : kinds) {
                if (!applies(key, kind)) {
                    continue;
                }
                // a word outside a choice is always wrong; a number out of range may be fine at another n
                kind.descriptor().param(param).filter(p -> p.type() != ParamType.INT).ifPresent(p -> sets.get(key)
                        .stream().filter(v -> !p.choices().contains(v)).findFirst().ifPresent(v -> {
                                    throw new SpecException("--set " + key + "=" + v + ": not a value of "
                                            + kind.specName() + "'s " + param + " (accepted: " + p.rangeText() + ")");
                                }));
            }
        }
    }

    /**
     * A floating kind's points: every combination of the {@code sets} values that apply to it (e.g.
     * {@code mult=exact,mitchw,drum}), a Mitch-w significand core once per w, a DRUM one once per k.
     */
    private void floatingPoints(List<UnitSpec> out, List<String> rejected, Kind kind) {
        for (Map<String, String> combo : combinations(kind, Map.of())) {
            String core = combo.getOrDefault("mult", "exact");
            String key = core.equals("mitchw") ? "w" : core.equals("drum") ? "k" : null;
            if (key == null) {
                add(out, rejected, kind, combo);
                continue;
            }
            for (int v : key.equals("w") ? ws : ks) {
                Map<String, String> with = new LinkedHashMap<>(combo);
                with.put(key, Integer.toString(v));
                add(out, rejected, kind, with);
            }
        }
    }

    /** Every combination of the {@code sets} values that apply to the kind, then the adders. */
    private void addSets(List<UnitSpec> out, List<String> rejected, Kind kind, Map<String, String> values) {
        combinations(kind, values).forEach(combo -> addAdders(out, rejected, kind, combo));
    }

    /** {@code values} with every combination of the {@code sets} values that apply to the kind. */
    private List<Map<String, String>> combinations(Kind kind, Map<String, String> values) {
        List<Map<String, String>> combos = new ArrayList<>(List.of(values));
        for (Map.Entry<String, List<String>> set : sets.entrySet()) {
            if (!applies(set.getKey(), kind)) {
                continue;
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> combo : combos) {
                for (String value : set.getValue()) {
                    Map<String, String> with = new LinkedHashMap<>(combo);
                    with.put(paramOf(set.getKey()), value);
                    next.add(with);
                }
            }
            combos = next;
        }
        return combos;
    }

    /**
     * An approximate kind's point, once per accumulate adder when the grid sweeps MACs and names
     * adders (a bare multiplier has no accumulate adder, so it stays one point).
     */
    private void addAdders(List<UnitSpec> out, List<String> rejected, Kind kind, Map<String, String> values) {
        if (!mac || adders.isEmpty()) {
            add(out, rejected, kind, values);
            return;
        }
        for (String adder : adders) {
            Map<String, String> withAdder = new LinkedHashMap<>(values);
            withAdder.put("adder", adder);
            UnitSpec.of(kind, Map.of("adder", adder), true, null); // a bad adder word is an error, not skipped
            add(out, rejected, kind, withAdder);
        }
    }

    /** Adds the spec to {@code out}, or the reason the spec rules reject it to {@code rejected}. */
    private void add(List<UnitSpec> out, List<String> rejected, Kind kind, Map<String, String> values) {
        try {
            UnitSpec s = UnitSpec.of(kind, values, mac, null);
            if (!out.contains(s)) {
                out.add(s);
            }
        } catch (SpecException outOfRange) {
            rejected.add(outOfRange.getMessage()); // e.g. w > n or k > n: not a design point of this grid
        }
    }

    private static Map<String, String> params(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], String.valueOf(kv[i + 1]));
        }
        return m;
    }
}
