package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptTemplateTest {

    private static Map<String, Object> values() {
        Map<String, Object> v = new HashMap<>();
        v.put("top", "approxmac_cost_wrapper");
        v.put("liberty", "/lib/x.lib");
        v.put("libertyName", "x");
        v.put("sources", List.of("design.v", "wrapper.v"));
        v.put("bufferCell", "BUFX2");
        v.put("bufferIn", "A");
        v.put("bufferOut", "Y");
        v.put("period", "1000");
        v.put("activity", 1);
        return v;
    }

    @Test
    void synthesisScriptFollowsTheRecipe() {
        String s = ScriptTemplate.SYNTH.render(values());
        assertTrue(s.contains("read_verilog design.v\nread_verilog wrapper.v\n"), s);
        assertTrue(s.contains("synth -flatten -top approxmac_cost_wrapper\ndfflibmap -liberty /lib/x.lib\n"
                + "abc -liberty /lib/x.lib\nopt_clean -purge\nsetundef -zero\ninsbuf -buf BUFX2 A Y\n"), s);
        assertTrue(s.contains("tee -o stat.txt stat -liberty /lib/x.lib"), s);
        assertFalse(s.contains("hilomap"), "osu018 has no tie cells");
        assertFalse(s.contains("##"), "template comments are not rendered");
        Map<String, Object> v = values();
        v.put("tieHigh", "LOGIC1_X1 Z");
        v.put("tieLow", "LOGIC0_X1 Z");
        assertTrue(ScriptTemplate.SYNTH.render(v).contains("hilomap -singleton -hicell LOGIC1_X1 Z -locell LOGIC0_X1 Z\n"));
    }

    @Test
    void everyScriptRendersWithoutLeftoverPlaceholders() {
        for (ScriptTemplate t : List.of(ScriptTemplate.SYNTH, ScriptTemplate.SIM_MODEL, ScriptTemplate.DELAY,
                ScriptTemplate.POWER)) {
            String s = t.render(values());
            assertFalse(s.contains("${"), t + ":\n" + s);
            assertFalse(t.source().isBlank());
        }
    }

    @Test
    void tclVariablesAndYosysSelectionsPassThroughUntouched() {
        String power = ScriptTemplate.POWER.render(values());
        assertTrue(power.contains("set_power_activity -global -activity 1\n"), power);
        assertTrue(power.contains("[sta::instance_power $approxmac_inst [sta::cmd_corner]]"), power);
        assertTrue(power.contains("create_clock -name clk -period 1000 [get_ports clk]"), power);
        String sim = ScriptTemplate.SIM_MODEL.render(values());
        assertTrue(sim.contains("setattr -set init 1'0 t:$_*FF* t:$_DLATCH* %u %co:+[Q] w:* %i"), sim);
    }
}
