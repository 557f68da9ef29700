package org.approxmac.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Toggles per net bit counted from a VCD of a zero-delay simulation. Only changes between the values
 * at the ends of successive time steps count (delta-cycle glitches never do), and only 0/1 to 1/0
 * changes (x and z are ignored); the values at the first dumped time are the starting state. Net bits
 * are named as OpenSTA names them: {@code acc[3]}, {@code unit.a[0]}, {@code _0123_}.
 *
 * @param toggles toggles per net bit over the dump
 * @param cycles  clock cycles the dump spans, the divisor of the per-cycle rate
 */
public record ToggleCounts(Map<String, Long> toggles, int cycles) {

    public ToggleCounts {
        toggles = Map.copyOf(toggles);
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be positive");
        }
    }

    /** Toggles per cycle of a net bit; throws if the dump has no such net. */
    public double rate(String net) {
        Long t = toggles.get(net);
        if (t == null) {
            throw new IllegalArgumentException("net " + net + " does not appear in the simulation dump");
        }
        return t / (double) cycles;
    }

    /** Reads a VCD (as written by Icarus' $dumpvars) spanning {@code cycles} clock cycles. */
    public static ToggleCounts fromVcd(BufferedReader vcd, int cycles) throws IOException {
        Map<String, Signal> byCode = new HashMap<>();
        List<Signal> signals = new ArrayList<>();
        String line;
        boolean header = true;
        boolean counting = false;
        boolean seenTime = false;
        List<Signal> touched = new ArrayList<>();
        while ((line = vcd.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (header) {
                if (line.startsWith("$var")) {
                    Signal s = declare(line, byCode);
                    if (s != null) {
                        signals.add(s);
                    }
                } else if (line.startsWith("$enddefinitions")) {
                    header = false;
                }
                continue;
            }
            char c = line.charAt(0);
            if (c == '#') {
                for (Signal s : touched) {
                    s.commit(counting);
                }
                touched.clear();
                counting = seenTime;
                seenTime = true;
            } else if (c == 'b' || c == 'B') {
                int space = line.indexOf(' ');
                change(byCode.get(line.substring(space + 1).strip()), line.substring(1, space), touched);
            } else if (c == '0' || c == '1' || c == 'x' || c == 'X' || c == 'z' || c == 'Z') {
                change(byCode.get(line.substring(1).strip()), line.substring(0, 1), touched);
            }
            // $dumpvars/$end/$comment keywords and real values carry nothing to count
        }
        for (Signal s : touched) {
            s.commit(counting);
        }
        Map<String, Long> toggles = new LinkedHashMap<>();
        for (Signal s : signals) {
            s.addTo(toggles);
        }
        return new ToggleCounts(toggles, cycles);
    }

    private static void change(Signal s, String value, List<Signal> touched) {
        if (s == null) {
            return;
        }
        if (!s.dirty) {
            s.dirty = true;
            touched.add(s);
        }
        s.set(value);
    }

    /** {@code $var wire 16 ( NAME [15:0] $end} (NAME possibly an escaped identifier); returns null for an alias of a known code. */
    private static Signal declare(String line, Map<String, Signal> byCode) {
        String[] f = line.split("\\s+");
        int width = Integer.parseInt(f[2]);
        String code = f[3];
        StringBuilder name = new StringBuilder();
        String range = null;
        for (int i = 4; i < f.length && !f[i].equals("$end"); i++) {
            if (f[i].startsWith("[")) {
                range = f[i];
            } else {
                name.append(f[i]);
            }
        }
        String base = name.charAt(0) == '\\' ? name.substring(1) : name.toString();
        if (base.endsWith("]") && range == null && base.contains("[")) {
            range = base.substring(base.lastIndexOf('['));
            base = base.substring(0, base.lastIndexOf('['));
        }
        String[] bitNames = new String[width];
        if (range == null) {
            if (width != 1) {
                throw new IllegalArgumentException("VCD vector without a range: " + line);
            }
            bitNames[0] = base;
        } else {
            String[] bounds = range.substring(1, range.length() - 1).split(":");
            int msb = Integer.parseInt(bounds[0]);
            int lsb = bounds.length > 1 ? Integer.parseInt(bounds[1]) : msb;
            int step = msb >= lsb ? -1 : 1;
            for (int i = 0; i < width; i++) {
                bitNames[i] = base + "[" + (msb + step * i) + "]";
            }
        }
        Signal existing = byCode.get(code);
        if (existing != null) {
            existing.aliases.add(bitNames);
            return null;
        }
        Signal s = new Signal(bitNames);
        byCode.put(code, s);
        return s;
    }

    /** One VCD identifier code: its bits (MSB first), committed and latest values, counts. */
    private static final class Signal {
        final List<String[]> aliases = new ArrayList<>();
        final char[] committed;
        final char[] latest;
        final long[] counts;
        boolean dirty;

        Signal(String[] bitNames) {
            aliases.add(bitNames);
            committed = new char[bitNames.length];
            latest = new char[bitNames.length];
            Arrays.fill(committed, 'x');
            Arrays.fill(latest, 'x');
            counts = new long[bitNames.length];
        }

        /** Sets the latest value, left-extending a short vector as the VCD format prescribes. */
        void set(String value) {
            int w = latest.length;
            int pad = w - value.length();
            char lead = Character.toLowerCase(value.charAt(0));
            char fill = lead == 'x' || lead == 'z' ? lead : '0';
            for (int i = 0; i < w; i++) {
                latest[i] = i < pad ? fill : Character.toLowerCase(value.charAt(i - pad));
            }
        }

        void commit(boolean count) {
            for (int i = 0; i < latest.length; i++) {
                char now = latest[i];
                char was = committed[i];
                if (count && now != was && (now == '0' || now == '1') && (was == '0' || was == '1')) {
                    counts[i]++;
                }
                committed[i] = now;
            }
            dirty = false;
        }

        void addTo(Map<String, Long> toggles) {
            for (String[] names : aliases) {
                for (int i = 0; i < names.length; i++) {
                    toggles.put(names[i], counts[i]);
                }
            }
        }
    }
}
