package org.approxmac.hdl.pipeline;

import java.util.function.UnaryOperator;
import org.approxmac.hdl.builder.Binary;
import org.approxmac.hdl.builder.Concat;
import org.approxmac.hdl.builder.Constant;
import org.approxmac.hdl.builder.Expr;
import org.approxmac.hdl.builder.Mux;
import org.approxmac.hdl.builder.Replicate;
import org.approxmac.hdl.builder.Shift;
import org.approxmac.hdl.builder.Signal;
import org.approxmac.hdl.builder.SignedProduct;
import org.approxmac.hdl.builder.Slice;
import org.approxmac.hdl.builder.Unary;

/** Rebuilds an expression with every signal it reads replaced (same widths, same operators). */
final class Rename {

    private Rename() {
    }

    static Expr apply(Expr e, UnaryOperator<Signal> signals) {
        if (e instanceof Signal s) {
            return signals.apply(s);
        }
        if (e instanceof Slice s) {
            return new Slice(signals.apply(s.signal()), s.hi(), s.lo());
        }
        if (e instanceof Constant) {
            return e;
        }
        if (e instanceof Binary b) {
            return new Binary(b.op(), apply(b.left(), signals), apply(b.right(), signals), b.width());
        }
        if (e instanceof Unary u) {
            return new Unary(u.op(), apply(u.operand(), signals), u.width());
        }
        if (e instanceof Mux m) {
            return new Mux(apply(m.select(), signals), apply(m.whenOne(), signals), apply(m.whenZero(), signals));
        }
        if (e instanceof Shift s) {
            return new Shift(s.op(), apply(s.value(), signals), apply(s.amount(), signals));
        }
        if (e instanceof Concat c) {
            return new Concat(c.parts().stream().map(p -> apply(p, signals)).toList());
        }
        if (e instanceof Replicate r) {
            return new Replicate(apply(r.value(), signals), r.count());
        }
        if (e instanceof SignedProduct p) {
            return new SignedProduct(apply(p.left(), signals), apply(p.right(), signals));
        }
        throw new IllegalArgumentException("unknown expression " + e.getClass().getSimpleName());
    }
}
