package org.approxmac.synth;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A liberty library ready for Yosys and OpenSTA: an uncompressed file, its content hash and what the
 * flow needs to know about it.
 *
 * @param label      how the user named it ({@code osu018}, or the file name given)
 * @param name       the library's own name from {@code library(...)}
 * @param file       the uncompressed (and, for sky130, dont_use-patched) file the tools read
 * @param sha256     hex SHA-256 of the user's file as given (compressed or not)
 * @param areaUnit   the unit of its area figures
 * @param buffer     the buffer cell and pins for {@code insbuf}
 * @param tieHigh    the constant-1 cell and output pin for {@code hilomap}, if the library has one
 * @param tieLow     the constant-0 cell and output pin, if the library has one
 * @param sequential the names of its flip-flop and latch cells, to count a netlist's registers
 */
public record Liberty(String label, String name, Path file, String sha256, String areaUnit,
                      LibertyCells.CellPins buffer, Optional<LibertyCells.CellPins> tieHigh,
                      Optional<LibertyCells.CellPins> tieLow, Set<String> sequential) {

    public Liberty {
        Objects.requireNonNull(label);
        Objects.requireNonNull(name);
        Objects.requireNonNull(file);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(areaUnit);
        Objects.requireNonNull(buffer);
        Objects.requireNonNull(tieHigh);
        Objects.requireNonNull(tieLow);
        sequential = Set.copyOf(sequential);
    }

    /** The register bits of a netlist with these cells per type: its flip-flops and latches. */
    public int registers(Map<String, Integer> cellTypes) {
        return cellTypes.entrySet().stream().filter(e -> sequential.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** {@code osu018_stdcells (sha256 1a2b3c4d5e6f)}: the name and a short content hash for reports. */
    public String describe() {
        return name + " (" + label + ", sha256 " + sha256.substring(0, 12) + ")";
    }
}
