package org.approxmac.cli;

import java.util.ArrayList;
import java.util.List;
import org.approxmac.spec.Kind;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.UnitSpec;

/**
 * The {@code --kinds} list of {@code approxmac datapaths}: base specs separated by commas or spaces.
 * Since a spec's own keys are separated by commas too, a new spec starts at every item that begins
 * with a kind name ({@code mitchw:...}, {@code bf16}); any other item ({@code w=6}) continues the spec
 * before it. So {@code mitchw:n=16,w=6,fixed:n=16,bf16} is three specs.
 */
final class KindSpecs {
    private KindSpecs() {
    }

    /**
     * The base specs of {@code text}, parsed and checked: each a combinational multiplier (no
     * {@code mac}, {@code acc}, {@code dot}, {@code rows}, {@code cols} or {@code stages}: the command
     * builds those), each once. A bad list is a {@link UsageError} naming {@code option}.
     */
    static List<UnitSpec> parse(String option, String text) {
        List<String> texts = split(text);
        if (texts.isEmpty()) {
            throw new UsageError(option + " needs at least one spec (e.g. mitchw:n=16,w=6,fixed:n=16)");
        }
        List<UnitSpec> specs = new ArrayList<>();
        for (String t : texts) {
            UnitSpec s;
            try {
                s = UnitSpec.parse(t);
            } catch (SpecException e) {
                throw new UsageError(option + ": " + e.getMessage());
            }
            String problem = problem(s);
            if (problem != null) {
                throw new UsageError(option + ": " + t + " " + problem);
            }
            if (specs.contains(s)) {
                throw new UsageError(option + ": " + s.canonical() + " is given twice (accepted: distinct specs)");
            }
            specs.add(s);
        }
        return specs;
    }

    /** Why {@code s} is not a base spec (a phrase), or null. */
    private static String problem(UnitSpec s) {
        if (s.mac()) {
            return "is a MAC (accepted: the multiplier's spec without mac or acc; the command builds the MACs)";
        }
        if (s.dot()) {
            return "has dot=" + s.lanes() + " (accepted: dot=1; the lanes are --lanes)";
        }
        if (s.latency() != 0) {
            return "has stages=" + s.latency() + " (accepted: stages=0, combinational designs)";
        }
        return null; // rows, cols and share need mac, which the parser enforces
    }

    /** The spec texts of the list, split at commas and spaces before each item that starts with a kind name. */
    static List<String> split(String text) {
        List<String> specs = new ArrayList<>();
        StringBuilder current = null;
        for (String item : text.strip().split("[,\\s]+", -1)) {
            if (item.isEmpty()) {
                continue;
            }
            if (current == null || startsSpec(item)) {
                if (current != null) {
                    specs.add(current.toString());
                }
                current = new StringBuilder(item);
            } else {
                current.append(',').append(item);
            }
        }
        if (current != null) {
            specs.add(current.toString());
        }
        return specs;
    }

    /** Whether an item begins a spec: up to its first ':' it is a kind's name. */
    private static boolean startsSpec(String item) {
        int colon = item.indexOf(':');
        return Kind.bySpecName(colon < 0 ? item : item.substring(0, colon)).isPresent();
    }
}
