package org.approxmac.hdl.builder;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code {p0, p1, ...}}: the first part is the most significant.
 *
 * @param parts the parts, at least one
 */
public record Concat(List<Expr> parts) implements Expr {

    public Concat {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new HdlException("concatenation needs at least one part");
        }
    }

    static Expr of(List<? extends Expr> parts) {
        return parts.size() == 1 ? parts.get(0) : new Concat(List.copyOf(parts));
    }

    @Override
    public int width() {
        return parts.stream().mapToInt(Expr::width).sum();
    }

    @Override
    public String verilog() {
        return parts.stream().map(Expr::verilog).collect(Collectors.joining(", ", "{", "}"));
    }

    @Override
    public void reads(Consumer<Slice> sink) {
        parts.forEach(p -> p.reads(sink));
    }
}
