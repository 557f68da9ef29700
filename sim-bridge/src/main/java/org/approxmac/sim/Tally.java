package org.approxmac.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one simulator worker checked: counts per class, problems, and the first problems found. */
final class Tally {
    private record Found(int classOrder, Mismatch mismatch) {
    }

    private final Map<String, Long> perClass = new LinkedHashMap<>();
    private final List<Found> first = new ArrayList<>();
    private long vectors;
    private long mismatches;
    private long boundViolations;

    void count(String label, long n) {
        perClass.merge(label, n, Long::sum);
        vectors += n;
    }

    /** Records a problem: a difference from the golden model, a bound violation, or both. */
    void problem(int classOrder, Mismatch m) {
        if (m.differs()) {
            mismatches++;
        }
        if (m.problem() != null) {
            boundViolations++;
        }
        if (first.size() < Cosim.REPORTED) {
            first.add(new Found(classOrder, m));
        }
    }

    /** Adds {@code hint} to the recorded problem of class {@code classOrder} at {@code index}, if kept and unhinted. */
    void hint(int classOrder, long index, String hint) {
        for (int k = 0; k < first.size(); k++) {
            Found f = first.get(k);
            Mismatch m = f.mismatch();
            if (f.classOrder() == classOrder && m.index() == index && m.hint() == null) {
                first.set(k, new Found(classOrder, new Mismatch(m.vectorClass(), m.index(), m.a(), m.b(), m.flags(),
                        m.expected(), m.actual(), m.problem(), hint, m.laneA(), m.laneB())));
            }
        }
    }

    long mismatches() {
        return mismatches;
    }

    /** Sums tallies; the first problems are the lowest (class order, index) of all. */
    static Tally merge(List<Tally> tallies, List<String> classOrder) {
        Tally all = new Tally();
        classOrder.forEach(label -> all.perClass.put(label, 0L));
        for (Tally t : tallies) {
            t.perClass.forEach((k, v) -> all.perClass.merge(k, v, Long::sum));
            all.vectors += t.vectors;
            all.mismatches += t.mismatches;
            all.boundViolations += t.boundViolations;
            all.first.addAll(t.first);
        }
        all.first.sort(Comparator.comparingInt(Found::classOrder).thenComparingLong(f -> f.mismatch().index()));
        if (all.first.size() > Cosim.REPORTED) {
            all.first.subList(Cosim.REPORTED, all.first.size()).clear();
        }
        return all;
    }

    CosimResult result(String spec, String origin, long seed, double seconds, int processes, boolean cached) {
        return new CosimResult(spec, origin, perClass, seed, vectors, mismatches, boundViolations, seconds, processes,
                cached, first.stream().map(Found::mismatch).toList());
    }
}
