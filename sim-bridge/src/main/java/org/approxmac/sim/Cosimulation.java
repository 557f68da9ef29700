package org.approxmac.sim;

import org.approxmac.golden.Units;
import org.approxmac.spec.SpecException;
import org.approxmac.toolchain.Toolchain;

/**
 * The front door of co-simulation: builds (or fetches from the cache) the model of a request's
 * RTL, checks its ports, and runs it against the golden model of the request's spec.
 */
public final class Cosimulation {
    private Cosimulation() {
    }

    /** Builds and runs; see {@link Cosim}. Bad input throws SpecException or PortMismatchException. */
    public static CosimResult run(CosimRequest request, Cosim.Progress progress) {
        return run(request, build(request), progress);
    }

    /** Builds (or fetches) the model of a request's RTL and checks its ports against the spec. */
    public static SimModel build(CosimRequest request) {
        return new ModelBuilder(Toolchain.system(), request.cacheDir(), request.idleTimeout(),
                line -> System.err.println("approxmac: " + line)).build(request.rtl(), DutShape.of(request.spec()));
    }

    /** Runs an already built model. */
    public static CosimResult run(CosimRequest request, SimModel model, Cosim.Progress progress) {
        Cosim cosim = new Cosim(Toolchain.system(), request.processes(), request.idleTimeout());
        try {
            if (request.spec().mac()) {
                if (request.cycles() < 1) {
                    throw new SpecException("--cycles must be at least 1, got " + request.cycles());
                }
                return cosim.mac(model, Units.mac(request.spec()), request.cycles(), request.seed(), progress);
            }
            VectorPlan plan = VectorPlan.parse(request.vectors(), request.spec(), request.seed());
            return cosim.multiplier(model, Units.multiplier(request.spec()), ErrorBound.of(request.spec()), plan,
                    progress);
        } catch (UnsupportedOperationException e) {
            throw new SpecException("no golden model for " + request.spec().canonical() + " yet: " + e.getMessage());
        }
    }
}
