package org.approxmac.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/**
 * The templated scripts of the cost flow (Velocity, under {@code org/approxmac/synth/scripts/} on the
 * class path): Yosys synthesis and simulation-model scripts, OpenSTA delay and power scripts, the
 * measurement wrapper and the activity test bench. Templates are plain text with {@code ${name}}
 * placeholders so an engineer can also fill them in by hand (docs/cost-method.md).
 *
 * <p>A template may include a fragment of this directory with {@code #parse("file")} (names relative to
 * the including template). Every fragment is a constant here too, so its text is part of the cache key
 * ({@link CostFlow#cacheKey}) like that of the templates including it.
 */
public enum ScriptTemplate {
    SYNTH("synth.ys.vm"),
    SIM_MODEL("simmodel.ys.vm"),
    /** Fragment of {@link #DELAY} and {@link #POWER}: liberty, netlist, link, clock and I/O constraints. */
    STA_SETUP("sta-setup.tcl.vm"),
    DELAY("delay.tcl.vm"),
    POWER("power.tcl.vm"),
    WRAPPER("wrapper.v.vm"),
    TESTBENCH("testbench.v.vm");

    private static final String ROOT = "org/approxmac/synth/scripts/";
    private static final VelocityEngine ENGINE = engine();

    private final String fileName;

    ScriptTemplate(String fileName) {
        this.fileName = fileName;
    }

    /** The template's source text (part of every cache key). */
    public String source() {
        try (InputStream in = ScriptTemplate.class.getClassLoader().getResourceAsStream(ROOT + fileName)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the class path: " + ROOT + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the template in with the given values. */
    public String render(Map<String, ?> values) {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        StringWriter out = new StringWriter();
        ENGINE.getTemplate(ROOT + fileName, "UTF-8").merge(context, out);
        return out.toString();
    }

    private static VelocityEngine engine() {
        Properties p = new Properties();
        p.setProperty("resource.loaders", "classpath");
        p.setProperty("resource.loader.classpath.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("resource.loader.classpath.cache", "true");
        p.setProperty("space.gobbling", "lines");
        p.setProperty("event_handler.include.class", "org.apache.velocity.app.event.implement.IncludeRelativePath");
        VelocityEngine engine = new VelocityEngine(p);
        engine.init();
        return engine;
    }
}
