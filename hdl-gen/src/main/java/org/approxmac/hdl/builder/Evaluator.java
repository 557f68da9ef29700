package org.approxmac.hdl.builder;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.approxmac.golden.Bits;

/**
 * A cycle-based Java simulation of a built {@link HdlModule} (and everything it instantiates), with the
 * same semantics as the rendered Verilog: unsigned values, arithmetic mod 2^width. Used to test
 * building blocks quickly and exhaustively; the generated designs are additionally checked in
 * Verilator.
 *
 * <p>{@link #evaluate} computes the outputs for given inputs and the current register state;
 * {@link #step} additionally applies one rising clock edge and returns the outputs after it. Each
 * module's drivers are indexed once ({@link DriverIndex}), when an evaluation first reaches it.
 */
public final class Evaluator {

    private final HdlModule top;
    private final Map<String, BigInteger> state = new HashMap<>();
    private final Map<HdlModule, DriverIndex> indexes = new IdentityHashMap<>();

    public Evaluator(HdlModule top) {
        this.top = top;
    }

    /** The outputs (by port name) for these inputs (by port name; missing inputs are 0). */
    public Map<String, BigInteger> evaluate(Map<String, BigInteger> inputs) {
        Scope s = new Scope(top, "", inputs);
        Map<String, BigInteger> out = new LinkedHashMap<>();
        for (Signal p : top.ports()) {
            if (p.kind() == SignalKind.OUTPUT) {
                out.put(p.name(), s.value(p));
            }
        }
        return out;
    }

    /** One rising clock edge with these inputs, then the outputs after the edge (same inputs). */
    public Map<String, BigInteger> step(Map<String, BigInteger> inputs) {
        Map<String, BigInteger> next = new HashMap<>();
        new Scope(top, "", inputs).collectNext(next);
        state.putAll(next);
        return evaluate(inputs);
    }

    private static BigInteger mask(int width) {
        return Bits.maskWide(width);
    }

    /** {@code v mod 2^width}; a value that already fits is returned as it is (no new BigInteger). */
    private static BigInteger truncate(BigInteger v, int width) {
        return v.signum() >= 0 && v.bitLength() <= width ? v : v.and(mask(width));
    }

    /** One module instance: its inputs, memoised signal values and the path to its registers. */
    private final class Scope {
        private final HdlModule module;
        private final DriverIndex drivers;
        private final String path;
        private final Map<String, BigInteger> inputs;
        private final Map<String, BigInteger> memo = new HashMap<>();
        private final Map<String, Scope> children = new HashMap<>();

        Scope(HdlModule module, String path, Map<String, BigInteger> inputs) {
            this.module = module;
            this.drivers = indexes.computeIfAbsent(module, DriverIndex::of);
            this.path = path;
            this.inputs = inputs;
        }

        BigInteger value(Signal s) {
            BigInteger v = memo.get(s.name());
            if (v == null) {
                v = truncate(compute(s), s.width());
                memo.put(s.name(), v);
            }
            return v;
        }

        private BigInteger compute(Signal s) {
            if (s.kind() == SignalKind.INPUT) {
                return inputs.getOrDefault(s.name(), BigInteger.ZERO);
            }
            if (module.isRegister(s)) {
                return state.getOrDefault(path + s.name(), BigInteger.ZERO);
            }
            DriverIndex.Driver driver = drivers.driver(s.name());
            if (driver instanceof DriverIndex.Assigned a) {
                return eval(a.value());
            }
            if (driver instanceof DriverIndex.InstanceOutput o) {
                return child(o.instance()).value(o.port());
            }
            throw new IllegalStateException("no driver for " + s.name());
        }

        private Scope child(Instance i) {
            Scope child = children.get(i.name());
            if (child == null) {
                Map<String, BigInteger> in = new HashMap<>();
                for (Signal p : i.module().ports()) {
                    if (p.kind() == SignalKind.INPUT) {
                        in.put(p.name(), eval(i.connections().get(p.name())));
                    }
                }
                child = new Scope(i.module(), path + i.name() + ".", in);
                children.put(i.name(), child);
            }
            return child;
        }

        void collectNext(Map<String, BigInteger> next) {
            for (Register r : module.clocked()) {
                BigInteger v;
                if (r.reset().isPresent() && eval(r.reset().get()).signum() != 0) {
                    v = eval(r.resetValue());
                } else if (r.enable().isEmpty() || eval(r.enable().get()).signum() != 0) {
                    v = eval(r.next());
                } else {
                    v = value(r.target());
                }
                next.put(path + r.target().name(), v);
            }
            module.instances().forEach(i -> child(i).collectNext(next));
        }

        BigInteger eval(Expr e) {
            if (e instanceof Signal s) {
                return value(s);
            }
            if (e instanceof Slice s) {
                return truncate(value(s.signal()).shiftRight(s.lo()), s.width());
            }
            if (e instanceof Constant c) {
                return c.value();
            }
            if (e instanceof Concat c) {
                BigInteger v = BigInteger.ZERO;
                for (Expr p : c.parts()) {
                    v = v.shiftLeft(p.width()).or(eval(p));
                }
                return v;
            }
            if (e instanceof Replicate r) {
                BigInteger one = eval(r.value());
                BigInteger v = BigInteger.ZERO;
                for (int i = 0; i < r.count(); i++) {
                    v = v.shiftLeft(r.value().width()).or(one);
                }
                return v;
            }
            if (e instanceof Unary u) {
                return unary(u);
            }
            if (e instanceof Binary b) {
                return binary(b);
            }
            if (e instanceof SignedProduct p) {
                return truncate(eval(p.left()).multiply(eval(p.right())), p.width());
            }
            if (e instanceof Shift s) {
                BigInteger amount = eval(s.amount());
                BigInteger v = eval(s.value());
                if (amount.compareTo(BigInteger.valueOf(s.width())) >= 0) {
                    return BigInteger.ZERO;
                }
                return s.op().equals("<<") ? truncate(v.shiftLeft(amount.intValue()), s.width())
                        : v.shiftRight(amount.intValue());
            }
            Mux m = (Mux) e;
            return eval(m.select()).signum() != 0 ? eval(m.whenOne()) : eval(m.whenZero());
        }

        private BigInteger unary(Unary u) {
            BigInteger v = eval(u.operand());
            int w = u.operand().width();
            return switch (u.op()) {
                case "~" -> v.xor(mask(w));
                case "-" -> v.negate().and(mask(w));
                case "|" -> bool(v.signum() != 0);
                case "&" -> bool(v.equals(mask(w)));
                case "^" -> bool(v.bitCount() % 2 == 1);
                default -> throw new IllegalStateException("unknown operator " + u.op());
            };
        }

        private BigInteger binary(Binary b) {
            BigInteger l = eval(b.left());
            BigInteger r = eval(b.right());
            return switch (b.op()) {
                case "+" -> truncate(l.add(r), b.width());
                case "-" -> truncate(l.subtract(r), b.width());
                case "*" -> truncate(l.multiply(r), b.width());
                case "&" -> l.and(r);
                case "|" -> l.or(r);
                case "^" -> l.xor(r);
                case "==" -> bool(l.equals(r));
                case "!=" -> bool(!l.equals(r));
                case "<" -> bool(l.compareTo(r) < 0);
                case "<=" -> bool(l.compareTo(r) <= 0);
                case ">" -> bool(l.compareTo(r) > 0);
                case ">=" -> bool(l.compareTo(r) >= 0);
                default -> throw new IllegalStateException("unknown operator " + b.op());
            };
        }

        private BigInteger bool(boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
    }
}
