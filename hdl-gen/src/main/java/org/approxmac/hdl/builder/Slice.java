package org.approxmac.hdl.builder;

import java.util.function.Consumer;

/**
 * Bits {@code hi..lo} of a signal ({@code name[hi:lo]}, or {@code name[i]} for one bit).
 *
 * @param signal the signal
 * @param hi     most significant bit, inclusive
 * @param lo     least significant bit, inclusive
 */
public record Slice(Signal signal, int hi, int lo) implements Expr {

    public Slice {
        if (lo < 0 || hi < lo || hi >= signal.width()) {
            throw new HdlException("slice [" + hi + ":" + lo + "] is out of range for '" + signal.name()
                    + "' (" + signal.width() + " bits)");
        }
    }

    @Override
    public int width() {
        return hi - lo + 1;
    }

    @Override
    public String verilog() {
        if (signal.width() == 1) {
            return signal.name();
        }
        return hi == lo ? signal.name() + "[" + hi + "]" : signal.name() + "[" + hi + ":" + lo + "]";
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        sink.accept(this);
    }

    @Override
    public Expr slice(int h, int l) {
        if (l < 0 || h < l || h >= width()) {
            throw new HdlException("slice [" + h + ":" + l + "] is out of range for '" + verilog()
                    + "' (" + width() + " bits)");
        }
        return new Slice(signal, lo + h, lo + l);
    }
}
