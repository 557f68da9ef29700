package org.approxmac.hdl.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the Verilog preprocessor that finding a module's ports needs, over a user's files in
 * order: {@code `include} (searched beside the including file, then in the include folders, then
 * in the working directory),
 * {@code `define} / {@code `undef} of macros, {@code `ifdef} / {@code `ifndef} / {@code `elsif} /
 * {@code `else} / {@code `endif}. It yields two things:
 * <ul>
 * <li>the <em>bundle</em>: every file's text unchanged except that each active {@code `include} is
 * replaced by the included text, with {@code `line} directives so that Verilator's and Yosys's
 * messages name the user's files and lines. The tools read only the bundle, so a cache key over
 * it covers everything they read;</li>
 * <li>the active lines, comments blanked and argument-less macros expanded, for the port parser.</li>
 * </ul>
 * Directives are recognised at the start of a line (after blanks), as they are written in practice.
 */
final class Preprocessor {
    private static final Pattern DIRECTIVE = Pattern.compile("`(\\w+)\\s*(.*)");
    private static final Pattern INCLUDE = Pattern.compile("\"([^\"]+)\"|<([^>]+)>");
    private static final Pattern DEFINE = Pattern.compile("([A-Za-z_]\\w*)(\\()?(.*)");
    private static final Pattern USE = Pattern.compile("`([A-Za-z_]\\w*)");
    private static final Set<String> PASSED = Set.of("timescale", "default_nettype", "resetall", "celldefine",
            "endcelldefine", "unconnected_drive", "nounconnected_drive", "line", "pragma", "begin_keywords",
            "end_keywords");
    private static final int MAX_DEPTH = 32;

    /** A macro; one with arguments is never expanded here (a width using it stays unknown). */
    private record Macro(String body, boolean hasArguments) {
    }

    /** One level of conditional: whether its current branch is taken and whether any branch was. */
    private static final class Condition {
        final boolean parentActive;
        boolean taken;
        boolean active;

        Condition(boolean parentActive, boolean active) {
            this.parentActive = parentActive;
            this.active = parentActive && active;
            this.taken = active;
        }
    }

    private final List<Path> includeDirs;
    private final Map<String, Macro> macros = new HashMap<>();
    private final StringBuilder bundle = new StringBuilder();
    private final List<SourceLine> active = new ArrayList<>();
    private final List<Path> filesRead = new ArrayList<>();
    private int depth;

    Preprocessor(List<Path> includeDirs) {
        this.includeDirs = includeDirs;
    }

    /** The result over all files. */
    record Result(String bundle, List<SourceLine> lines, List<Path> filesRead) {
    }

    /** Preprocesses the files in order (macros defined in one are visible in the next, as for the tools). */
    static Result run(List<Path> files, List<Path> includeDirs) {
        Preprocessor p = new Preprocessor(includeDirs);
        for (Path f : files) {
            p.file(f, "--rtl");
        }
        return new Result(p.bundle.toString(), List.copyOf(p.active), List.copyOf(p.filesRead));
    }

    private void file(Path file, String what) {
        String raw = VerilogText.read(file, what);
        filesRead.add(file);
        String name = file.toString();
        String[] rawLines = raw.split("\r?\n", -1);
        String[] lines = VerilogText.blankComments(raw).split("\r?\n", -1);
        bundle.append("`line 1 \"").append(name).append("\" 0\n");
        Deque<Condition> conditions = new ArrayDeque<>();
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            boolean on = conditions.isEmpty() || conditions.peek().active;
            Matcher d = DIRECTIVE.matcher(text);
            String directive = d.matches() ? d.group(1) : "";
            String rest = d.matches() ? d.group(2).strip() : "";
            SourceLine where = new SourceLine(name, i + 1, text);
            switch (directive) {
                case "ifdef", "ifndef" -> conditions.push(new Condition(on,
                        macros.containsKey(word(rest, where)) == directive.equals("ifdef")));
                case "elsif", "else" -> {
                    Condition c = open(conditions, where, directive);
                    boolean take = !c.taken && (directive.equals("else") || macros.containsKey(word(rest, where)));
                    c.active = c.parentActive && take;
                    c.taken |= take;
                }
                case "endif" -> {
                    open(conditions, where, directive);
                    conditions.pop();
                }
                default -> {
                }
            }
            if (!on || directive.startsWith("if") || directive.startsWith("el") || directive.equals("endif")) {
                bundle.append(rawLines[i]).append('\n');
                continue;
            }
            switch (directive) {
                case "define" -> {
                    StringBuilder body = new StringBuilder(rest);
                    while (body.toString().endsWith("\\") && i + 1 < lines.length) {
                        body.setLength(body.length() - 1);
                        bundle.append(rawLines[i]).append('\n');
                        body.append(' ').append(lines[++i].strip());
                    }
                    bundle.append(rawLines[i]).append('\n');
                    Matcher m = DEFINE.matcher(body.toString());
                    if (!m.matches()) {
                        throw new UserRtlException(where.location() + ": `define needs a macro name");
                    }
                    macros.put(m.group(1), new Macro(m.group(3).strip(), m.group(2) != null));
                }
                case "undef" -> {
                    macros.remove(word(rest, where));
                    bundle.append(rawLines[i]).append('\n');
                }
                case "include" -> include(rest, file, where, i);
                default -> {
                    bundle.append(rawLines[i]).append('\n');
                    if (!PASSED.contains(directive)) {
                        active.add(new SourceLine(name, i + 1, expand(lines[i], where)));
                    }
                }
            }
        }
        if (!conditions.isEmpty()) {
            throw new UserRtlException(name + ": `ifdef/`ifndef without `endif at the end of the file");
        }
    }

    private void include(String rest, Path from, SourceLine where, int index) {
        Matcher m = INCLUDE.matcher(rest);
        if (!m.lookingAt()) {
            throw new UserRtlException(where.location() + ": `include needs a \"file\" name");
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        Path found = resolve(name, from);
        if (found == null) {
            List<String> searched = new ArrayList<>();
            searched.add(folder(from).toString());
            includeDirs.forEach(d -> searched.add(d.toString()));
            searched.add("the working directory");
            throw new UserRtlException(where.location() + ": `include \"" + name + "\" not found (searched: "
                    + String.join(", ", searched) + "; add folders with -I DIR)");
        }
        if (++depth > MAX_DEPTH) {
            throw new UserRtlException(where.location() + ": `include nested deeper than " + MAX_DEPTH
                    + " levels (does \"" + name + "\" include itself?)");
        }
        file(found, where.location() + ": `include");
        depth--;
        bundle.append("`line ").append(index + 2).append(" \"").append(from).append("\" 0\n");
    }

    private Path resolve(String name, Path from) {
        Path direct = Path.of(name);
        if (direct.isAbsolute()) {
            return Files.isRegularFile(direct) ? direct : null;
        }
        List<Path> dirs = new ArrayList<>();
        dirs.add(folder(from));
        dirs.addAll(includeDirs);
        for (Path d : dirs) {
            Path candidate = d.resolve(name).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return Files.isRegularFile(direct) ? direct : null; // relative to the working directory, as Verilator does
    }

    private static Path folder(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static Condition open(Deque<Condition> conditions, SourceLine where, String directive) {
        if (conditions.isEmpty()) {
            throw new UserRtlException(where.location() + ": `" + directive + " without `ifdef or `ifndef");
        }
        return conditions.peek();
    }

    private static String word(String rest, SourceLine where) {
        String w = rest.split("\\s+", 2)[0];
        if (!w.matches("[A-Za-z_]\\w*")) {
            throw new UserRtlException(where.location() + ": a macro name is needed after the directive");
        }
        return w;
    }

    /** Expands argument-less macros (nested ones too); others stay as written. */
    private String expand(String line, SourceLine where) {
        String text = line;
        for (int round = 0; round < MAX_DEPTH && text.indexOf('`') >= 0; round++) {
            Matcher m = USE.matcher(text);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                Macro macro = macros.get(m.group(1));
                if (macro != null && !macro.hasArguments()) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(" " + macro.body() + " "));
                    changed = true;
                }
            }
            m.appendTail(sb);
            text = sb.toString();
            if (!changed) {
                return text;
            }
        }
        if (text.indexOf('`') >= 0 && USE.matcher(text).find() && macros.containsKey(firstUse(text))) {
            throw new UserRtlException(where.location() + ": macro expansion does not end (a recursive `define?)");
        }
        return text;
    }

    private static String firstUse(String text) {
        Matcher m = USE.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
