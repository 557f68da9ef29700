package org.approxmac.sim;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Verilated design built with the generic harness, ready to run.
 *
 * @param executable the harness binary
 * @param rtl        the RTL it was built from
 * @param shape      the port shape it was checked against
 * @param ports      the ports Verilator found
 * @param cached     whether the build came from the cache (no compilation in this run)
 */
public record SimModel(Path executable, RtlSource rtl, DutShape shape, PortList ports, boolean cached) {

    public SimModel {
        Objects.requireNonNull(executable);
        Objects.requireNonNull(rtl);
        Objects.requireNonNull(shape);
        Objects.requireNonNull(ports);
    }
}
