package org.approxmac.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures its exit status and output (test helper). */
final class CliRunner {
    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        return runWithInput(null, args);
    }

    static synchronized Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream saved = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Result(status, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    private CliRunner() {
    }
}
