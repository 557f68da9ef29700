package org.approxmac.hdl.user;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.approxmac.spec.UnitSpec;

/**
 * A user's own RTL as named on a command line: Verilog files ({@code --rtl}), Verilator-style file
 * lists ({@code -f}), include folders ({@code -I}; an {@code `include} is also found beside the file
 * that includes it), the top module ({@code --top}) and parameter overrides of the top module
 * ({@code -G NAME=VALUE}). {@link #load()} reads it; {@link #arguments()} gives the command-line
 * arguments that name exactly this RTL again (for reproducers).
 *
 * <pre>{@code
 * LoadedRtl rtl = UserRtl.of("my_mul", Path.of("rtl/my_mul.v")).withParameter("N", "8")
 *         .loadFor(UnitSpec.parse("fixed:n=8"));   // ports checked against the spec
 * }</pre>
 *
 * @param files       Verilog files, in order
 * @param fileLists   file lists, read after the files
 * @param includeDirs include folders, searched after the including file's own folder
 * @param top         the top module
 * @param parameters  overrides of the top module's parameters, name to integer literal
 */
public record UserRtl(List<Path> files, List<Path> fileLists, List<Path> includeDirs, String top,
                      Map<String, String> parameters) {

    public UserRtl {
        files = List.copyOf(files);
        fileLists = List.copyOf(fileLists);
        includeDirs = List.copyOf(includeDirs);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Objects.requireNonNull(top);
        if (files.isEmpty() && fileLists.isEmpty()) {
            throw new UserRtlException("no RTL given: name Verilog files with --rtl FILE.v or a file list with -f FILE");
        }
        if (!top.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            throw new UserRtlException("--top '" + top + "' is not a Verilog module name (letters, digits, _ and $,"
                    + " not starting with a digit)");
        }
        parameters.forEach(UserRtl::checkOverride);
    }

    /** Files with a top module, nothing else. */
    public static UserRtl of(String top, Path... files) {
        return new UserRtl(List.of(files), List.of(), List.of(), top, Map.of());
    }

    /** The same RTL with one more file list. */
    public UserRtl withFileList(Path list) {
        return new UserRtl(files, append(fileLists, list), includeDirs, top, parameters);
    }

    /** The same RTL with one more include folder. */
    public UserRtl withIncludeDir(Path dir) {
        return new UserRtl(files, fileLists, append(includeDirs, dir), top, parameters);
    }

    /** The same RTL with the top module's parameter {@code name} set to {@code value} (an integer literal). */
    public UserRtl withParameter(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new UserRtl(files, fileLists, includeDirs, top, p);
    }

    /** The same RTL with every path made absolute (so a reproducer works from any folder). */
    public UserRtl absolute() {
        return new UserRtl(abs(files), abs(fileLists), abs(includeDirs), top, parameters);
    }

    /** {@code --rtl F... -f L... -I D... --top M -G N=V...}: the arguments naming this RTL. */
    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        files.forEach(f -> args.addAll(List.of("--rtl", f.toString())));
        fileLists.forEach(f -> args.addAll(List.of("-f", f.toString())));
        includeDirs.forEach(d -> args.addAll(List.of("-I", d.toString())));
        args.addAll(List.of("--top", top));
        parameters.forEach((n, v) -> args.addAll(List.of("-G", n + "=" + v)));
        return args;
    }

    /**
     * Reads the files (file lists expanded, includes resolved) and the top module's interface.
     * Throws {@link UserRtlException} for a missing file, include or module, or a bad override.
     */
    public LoadedRtl load() {
        List<Path> sources = new ArrayList<>(files);
        List<Path> dirs = new ArrayList<>(includeDirs);
        for (Path list : fileLists) {
            FileList l = FileList.read(list);
            sources.addAll(l.files());
            dirs.addAll(l.includeDirs());
        }
        if (sources.isEmpty()) {
            throw new UserRtlException("-f " + fileLists.get(0) + " names no Verilog files");
        }
        Preprocessor.Result text = Preprocessor.run(sources, dirs);
        List<Token> tokens = Token.of(text.lines());
        ModuleInterface module = ModuleParser.parse(tokens, top, parameters);
        if (module == null) {
            List<String> names = ModuleParser.moduleNames(tokens);
            throw new UserRtlException("--top " + top + ": no module '" + top + "' in "
                    + String.join(", ", sources.stream().map(Path::toString).toList()) + " (modules found: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
        }
        return new LoadedRtl(this, text.bundle(), module, text.filesRead());
    }

    /** {@link #load()}, then the ports checked against the spec's convention ({@link PortConvention}). */
    public LoadedRtl loadFor(UnitSpec spec) {
        LoadedRtl rtl = load();
        PortConvention.of(spec).require(rtl.module());
        return rtl;
    }

    private static void checkOverride(String name, String value) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            throw new UserRtlException("-G " + name + "=" + value + ": '" + name + "' is not a parameter name");
        }
        try {
            ConstantExpression.literal(value);
        } catch (ConstantExpression.Unknown e) {
            throw new UserRtlException("-G " + name + "=" + value + ": the value must be an integer, decimal (16) or a"
                    + " Verilog literal (8'h10)");
        }
    }

    private static List<Path> append(List<Path> list, Path p) {
        List<Path> copy = new ArrayList<>(list);
        copy.add(p);
        return copy;
    }

    private static List<Path> abs(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }
}
