package org.approxmac.hdl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of docs/hdl-builder.md compiles as printed (its imports included), renders the Verilog
 * the page shows, and evaluates to the value its comment states.
 */
class BuilderDocExampleTest {
    private static final Path DOC = Path.of("..", "docs", "hdl-builder.md");

    private static String block(String doc, String language) {
        String before = language.equals("java") ? "## Example" : "renders \\(after the marker[^\\n]*";
        Matcher m = Pattern.compile(before + "\\n\\n```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "no ```" + language + " example block in " + DOC);
        return m.group(1);
    }

    @Test
    void exampleCompilesRendersAndEvaluatesAsDocumented(@TempDir Path dir) throws Exception {
        String doc = Files.readString(DOC);
        String code = block(doc, "java");
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String source = imports + "public class DocExample {\n"
                + "    public static Object[] run() {\n" + body + "        return new Object[] {verilog, out};\n"
                + "    }\n}\n";
        Path file = dir.resolve("DocExample.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null, List.of("-d", dir.toString(), "-classpath",
                System.getProperty("java.class.path")), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        assertTrue(ok, "docs/hdl-builder.md's example does not compile:\n" + diagnostics + "\n" + source);

        Object[] result;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("DocExample").getMethod("run");
            result = (Object[]) run.invoke(null);
        }
        String verilog = (String) result[0];
        assertTrue(verilog.contains(block(doc, "verilog")),
                "the page's Verilog differs from the rendering:\n" + verilog);
        @SuppressWarnings("unchecked")
        Map<String, BigInteger> out = (Map<String, BigInteger>) result[1];
        assertEquals(BigInteger.valueOf(15), out.get("y"), "the page says y = 15");
    }

    @Test
    void theDocumentedValueIsStatedInThePage() throws IOException {
        assertTrue(block(Files.readString(DOC), "java").contains("// y = 15"));
    }
}
