package org.approxmac.hdl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.approxmac.hdl.builder.Evaluator;
import org.approxmac.hdl.builder.HdlModule;

/** Test helper: evaluates one output of a combinational module for long-valued inputs. */
public final class ModuleEval {

    private final Evaluator evaluator;

    public ModuleEval(HdlModule module) {
        this.evaluator = new Evaluator(module);
    }

    /** The output {@code port} for inputs given as name, value, name, value, ... */
    public long out(String port, Object... nameValue) {
        Map<String, BigInteger> in = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            in.put((String) nameValue[i], BigInteger.valueOf(((Number) nameValue[i + 1]).longValue()));
        }
        return evaluator.evaluate(in).get(port).longValue();
    }
}
