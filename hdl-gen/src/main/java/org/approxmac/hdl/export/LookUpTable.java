package org.approxmac.hdl.export;

import java.util.Objects;
import org.approxmac.spec.UnitSpec;

/**
 * One generated look-up table file: every product of an 8-bit multiplier in an emulator's layout.
 *
 * @param spec     the multiplier's spec
 * @param format   the emulator's layout
 * @param fileName the file's name
 * @param bytes    the file's content, deterministic for the same spec and name
 */
public record LookUpTable(UnitSpec spec, TableFormat format, String fileName, byte[] bytes) {

    public LookUpTable {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(format);
        Objects.requireNonNull(fileName);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
