package org.approxmac.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.approxmac.spec.Kind;
import org.approxmac.spec.ParamDescriptor;
import org.approxmac.spec.SpecException;
import org.approxmac.spec.SpecParser;
import org.approxmac.spec.UnitSpec;

/**
 * The designs of {@code approxmac datapaths}: for every kind its single MAC, K-lane dot-product MAC
 * and R x C arrays, each named by the kind's canonical base spec plus the datapath's keys and parsed
 * with {@link SpecParser}. What the parser refuses (e.g. a kind without the {@code dot} key) is kept as
 * not available, with the parser's one-line reason, so the other designs are still measured.
 *
 * <p>Whether a kind's array has a shared and an unshared form is asked of the parser, not of kind
 * names: the array with the kind's default {@code share} either shares the operand conversion
 * ({@link UnitSpec#sharedOperands()}) or is the kind's only form; if even that array does not parse,
 * the kind's descriptor decides (a {@code share} key offering a value other than {@code none}).
 *
 * @param shape the datapaths' sizes
 * @param kinds every kind and its designs, in the order given
 */
record DatapathPlan(DatapathShape shape, List<KindDatapaths> kinds) {

    DatapathPlan {
        kinds = List.copyOf(kinds);
    }

    /** The plan of the base specs {@code bases} (checked by {@link KindSpecs}) at {@code shape}. */
    static DatapathPlan of(List<UnitSpec> bases, DatapathShape shape) {
        return of(bases, shape, SpecParser::parse);
    }

    /**
     * The plan with the spec parser {@code parser} (a {@link SpecException} marks a design not
     * available), e.g. a parser that does not offer some datapath yet.
     */
    static DatapathPlan of(List<UnitSpec> bases, DatapathShape shape, Function<String, UnitSpec> parser) {
        List<KindDatapaths> kinds = new ArrayList<>();
        for (UnitSpec base : bases) {
            List<DatapathDesign> designs = new ArrayList<>();
            designs.add(attempt(parser, base, Datapath.SINGLE, shape));
            designs.add(attempt(parser, base, Datapath.DOT, shape));
            DatapathDesign array = attempt(parser, base, Datapath.ARRAY_SHARED, shape);
            boolean shares = array.spec().map(UnitSpec::sharedOperands).orElseGet(() -> offersSharing(base.kind()));
            if (shares) {
                designs.add(array);
                designs.add(attempt(parser, base, Datapath.ARRAY_UNSHARED, shape));
            } else { // the default array is the kind's only one: the unshared form
                designs.add(new DatapathDesign(Datapath.ARRAY_UNSHARED, Datapath.onlyArrayLabel(shape), array.macs(),
                        array.specText(), array.spec(), array.unavailable()));
            }
            kinds.add(new KindDatapaths(base, designs));
        }
        return new DatapathPlan(shape, kinds);
    }

    /** Whether the kind's descriptor offers an array form that shares something. */
    private static boolean offersSharing(Kind kind) {
        return kind.descriptor().param("share").map(ParamDescriptor::choices)
                .map(c -> c.stream().anyMatch(v -> !v.equals("none"))).orElse(false);
    }

    /** The design of {@code datapath}: its spec as {@code parser} reads it, or the parser's reason why not. */
    private static DatapathDesign attempt(Function<String, UnitSpec> parser, UnitSpec base, Datapath datapath,
                                          DatapathShape shape) {
        String label = datapath.label(shape);
        String text = base.canonical() + datapath.specSuffix(shape);
        int macs = datapath.macs(shape);
        try {
            return new DatapathDesign(datapath, label, macs, text, Optional.of(parser.apply(text)),
                    Optional.empty());
        } catch (SpecException e) {
            return new DatapathDesign(datapath, label, macs, text, Optional.empty(),
                    Optional.of(Failure.oneLine(e.getMessage())));
        }
    }

    /**
     * The same plan with every available design for which {@code problem} gives a reason marked not
     * available (e.g. one whose RTL cannot be generated yet).
     */
    DatapathPlan refine(Function<UnitSpec, Optional<String>> problem) {
        List<KindDatapaths> refined = new ArrayList<>();
        for (KindDatapaths k : kinds) {
            List<DatapathDesign> designs = new ArrayList<>();
            for (DatapathDesign d : k.designs()) {
                Optional<String> why = d.spec().flatMap(problem);
                designs.add(why.map(r -> d.withUnavailable(Failure.oneLine(r))).orElse(d));
            }
            refined.add(new KindDatapaths(k.base(), designs));
        }
        return new DatapathPlan(shape, refined);
    }

    /** The available designs' specs, each once, in table order. */
    List<UnitSpec> costable() {
        List<UnitSpec> specs = new ArrayList<>();
        for (KindDatapaths k : kinds) {
            for (DatapathDesign d : k.designs()) {
                d.spec().filter(s -> !specs.contains(s)).ifPresent(specs::add);
            }
        }
        return specs;
    }

    /**
     * The kind another kind is compared with ("vs fixed"): the first {@code fixed} kind of the same
     * operand width N, unless that is the kind itself.
     */
    Optional<KindDatapaths> reference(KindDatapaths kind) {
        return kinds.stream().filter(k -> k.base().kind() == Kind.FIXED && k.base().n() == kind.base().n())
                .findFirst().filter(r -> r != kind);
    }
}
