package org.approxmac.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.approxmac.hdl.user.LoadedRtl;
import org.approxmac.hdl.user.UserRtl;
import org.approxmac.hdl.user.UserRtlException;
import org.approxmac.spec.UnitSpec;
import picocli.CommandLine.Option;

/**
 * The options naming a user's own RTL, the same for {@code cosim} and {@code synth}: files
 * ({@code --rtl}, repeatable or comma-separated), Verilator-style file lists ({@code -f}), include
 * folders ({@code -I}), the top module ({@code --top}) and parameter overrides ({@code -G}). Reading
 * them checks the top module's ports against the spec before any tool runs.
 */
final class UserRtlOptions {

    @Option(names = "--rtl", paramLabel = "FILE.v", split = ",",
            description = "your own Verilog file; repeat, or separate with commas, for several files")
    List<Path> files = new ArrayList<>();

    @Option(names = "-f", paramLabel = "LIST.f",
            description = "a Verilator-style file list (sources, +incdir+DIR, -I DIR, -f LIST; paths relative to the"
                    + " list's folder)")
    List<Path> fileLists = new ArrayList<>();

    @Option(names = "-I", paramLabel = "DIR",
            description = "a folder searched for `include files (after the including file's own folder)")
    List<Path> includeDirs = new ArrayList<>();

    @Option(names = "--top", paramLabel = "MODULE", description = "the top module of your RTL")
    String top;

    @Option(names = "-G", paramLabel = "NAME=VALUE",
            description = "override a parameter of the top module (an integer: 16 or 8'h10), e.g. -G N=16")
    Map<String, String> parameters = new LinkedHashMap<>();

    /** Whether any RTL file or list was given. */
    boolean given() {
        return !files.isEmpty() || !fileLists.isEmpty();
    }

    /** Whether any of these options was given. */
    boolean anyGiven() {
        return given() || top != null || !includeDirs.isEmpty() || !parameters.isEmpty();
    }

    /**
     * The RTL read and its ports checked against {@code spec}; {@code defaultTop} when no --top (null:
     * --top required). Every problem is a {@link UsageError} (exit 2) naming the file.
     */
    LoadedRtl load(UnitSpec spec, boolean topFromFileName) {
        if (!given()) {
            throw new UsageError("--top, -I and -G need your RTL: --rtl FILE.v or -f LIST.f");
        }
        String module = top;
        if (module == null) {
            if (!topFromFileName || files.isEmpty()) {
                throw new UsageError("--top MODULE is needed: name the top module of your RTL");
            }
            module = files.get(0).getFileName().toString().replaceFirst("\\.s?v$", "");
        }
        try {
            return request(module).loadFor(spec);
        } catch (UserRtlException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** What was named, as a {@link UserRtl} (paths as given, so reproducers repeat the user's command). */
    UserRtl request(String module) {
        try {
            return new UserRtl(files, fileLists, includeDirs, module, parameters);
        } catch (UserRtlException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
