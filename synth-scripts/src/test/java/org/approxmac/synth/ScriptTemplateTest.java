package org.approxmac.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assertTrue(s.contains("hierarchy -simcheck -top approxmac_cost_wrapper\nsetattr -mod -unset keep_hierarchy\n"
                + "synth -flatten -top approxmac_cost_wrapper\ndfflibmap -liberty /lib/x.lib\n"
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
    void hierarchicalSynthesisMapsEachModuleThenFlattensWithCellsNamedByTheirInstance() {
        Map<String, Object> v = values();
        v.put("hierarchical", true);
        String s = ScriptTemplate.SYNTH.render(v);
        assertTrue(s.contains("hierarchy -simcheck -top approxmac_cost_wrapper\nsetattr -mod -unset keep_hierarchy\n"
                + "synth -top approxmac_cost_wrapper\ndfflibmap -liberty /lib/x.lib\nabc -liberty /lib/x.lib\n"
                + "opt_clean -purge\nrename -enumerate -pattern c%\nflatten\nopt_clean -purge\nsetundef -zero\n"
                + "insbuf -buf BUFX2 A Y\n"), s);
        assertTrue(s.contains("hierarchy kept"), s);
        assertFalse(s.contains("-flatten"), s);
        String flat = ScriptTemplate.SYNTH.render(values());
        assertFalse(flat.contains("rename -enumerate") || flat.contains("hierarchy kept") || flat.contains("\nflatten"),
                flat);
        // the rest of the recipe is the flat one's, line for line
        assertEquals(flat.substring(flat.indexOf("setundef -zero")), s.substring(s.indexOf("setundef -zero")));
    }

    @Test
    void yosysBoothAddsTheOptionToSynthInBothMappingsAndNothingElse() {
        Map<String, Object> v = values();
        v.put("booth", true);
        String booth = ScriptTemplate.SYNTH.render(v);
        String flat = ScriptTemplate.SYNTH.render(values());
        assertTrue(booth.contains("\nsynth -booth -flatten -top approxmac_cost_wrapper\n"), booth);
        assertEquals(flat, booth.replace("synth -booth ", "synth "), "only the synth line differs");
        assertFalse(flat.contains("booth"), flat);
        v.put("hierarchical", true);
        assertTrue(ScriptTemplate.SYNTH.render(v).contains("\nsynth -booth -top approxmac_cost_wrapper\n"));
    }

    @Test
    void everyScriptRendersWithoutLeftoverPlaceholders() {
        for (ScriptTemplate t : List.of(ScriptTemplate.SYNTH, ScriptTemplate.SIM_MODEL, ScriptTemplate.STA_SETUP,
                ScriptTemplate.DELAY, ScriptTemplate.POWER)) {
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

    @Test
    void delayAndPowerScriptsStartWithTheOneStaSetup() {
        String setup = ScriptTemplate.STA_SETUP.render(values());
        assertTrue(setup.startsWith("read_liberty /lib/x.lib\nread_verilog netlist.v\nlink_design approxmac_cost_wrapper\n"
                + "create_clock -name clk -period 1000 [get_ports clk]\n"), setup);
        assertTrue(setup.endsWith("set_input_delay 0 -clock clk $approxmac_data_inputs\n"
                + "set_output_delay 0 -clock clk [all_outputs]\n"), setup);
        assertEquals("# approxmac cost flow: critical path of approxmac_cost_wrapper\n" + setup
                + "report_checks -path_delay max -digits 4\n", head(ScriptTemplate.DELAY.render(values()), setup));
        assertEquals("# approxmac cost flow: power of approxmac_cost_wrapper at global activity 1, clock period 1000 ns\n"
                + setup + "set_power_activity -global -activity 1\n", head(ScriptTemplate.POWER.render(values()), setup));
    }

    /** The script up to the line after the setup. */
    private static String head(String script, String setup) {
        int end = script.indexOf(setup);
        assertTrue(end > 0, script);
        end += setup.length();
        return script.substring(0, script.indexOf('\n', end) + 1);
    }

    @Test
    void everyIncludedFragmentIsATemplateAndSoPartOfTheCacheKey() throws IOException {
        Pattern include = Pattern.compile("#parse\\(\"([^\"]+)\"\\)");
        List<String> sources = Arrays.stream(ScriptTemplate.values()).map(ScriptTemplate::source).toList();
        int includes = 0;
        for (String source : sources) {
            Matcher m = include.matcher(source);
            while (m.find()) {
                includes++;
                String path = "org/approxmac/synth/scripts/" + m.group(1);
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                    assertNotNull(in, path);
                    String fragment = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(sources.contains(fragment), path + " is not a ScriptTemplate constant");
                }
            }
        }
        assertEquals(2, includes, "delay and power include the STA setup");
    }
}
