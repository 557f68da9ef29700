package org.approxmac.hdl.export;

/** The look-up table layouts approxmac writes (docs/emulators.md says where each is defined). */
public enum TableFormat {
    /**
     * TFApprox (TensorFlow, GPU): 2^16 unsigned 16-bit entries, little-endian, no header; entry
     * a * 256 + b is the product of the unsigned 8-bit operands a (the layer input) and b (the filter).
     */
    TFAPPROX("tfapprox", ".bin"),
    /**
     * AdaPT (PyTorch): a C header defining {@code const int16_t lut[256][256]}; {@code lut[a][b]} is the
     * signed product of the int8 operands whose bit patterns are a (the input) and b (the weight).
     */
    ADAPT("adapt", "_lut.h");

    private final String cliName;
    private final String extension;

    TableFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    /** The name the command line uses. */
    public String cliName() {
        return cliName;
    }

    /** What follows the name in the file name: {@code .bin}, or {@code _lut.h} (apart from a C model's header). */
    public String extension() {
        return extension;
    }
}
