package org.approxmac.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light scan of a liberty file: the library name and, per cell, its area, {@code dont_use} flag,
 * and pins with direction and function. Enough to pick the buffer for {@code insbuf} and tie cells
 * for {@code hilomap}; not a liberty parser.
 */
final class LibertyCells {

    /** One pin of a cell. */
    record Pin(String name, String direction, String function) {
    }

    /** One cell of the library. */
    record Cell(String name, double area, boolean dontUse, boolean sequential, List<Pin> pins) {

        List<Pin> inputs() {
            return pins.stream().filter(p -> p.direction().equals("input")).toList();
        }

        List<Pin> outputs() {
            return pins.stream().filter(p -> p.direction().equals("output")).toList();
        }
    }

    /** A cell and two pin names, e.g. {@code BUFX2 A Y}, or a tie cell and its output pin. */
    record CellPins(String cell, String in, String out) {
    }

    // the group's name list up to ')', quoted or not: cell (DFF), cell ("DFF"), ff ("IQ" , "IQN") (Nangate45)
    private static final Pattern GROUP = Pattern.compile("\\b(library|cell|pin|ff|latch|bus|statetable)\\s*\\(([^)]*)\\)\\s*\\{");
    private static final Pattern AREA = Pattern.compile("^\\s*area\\s*:\\s*([0-9.eE+-]+)", Pattern.MULTILINE);
    private static final Pattern DONT_USE = Pattern.compile("\\bdont_use\\s*:\\s*true");
    private static final Pattern DIRECTION = Pattern.compile("direction\\s*:\\s*\"?(\\w+)\"?");
    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s*:\\s*\"([^\"]*)\"");

    private final String libraryName;
    private final List<Cell> cells;

    private LibertyCells(String libraryName, List<Cell> cells) {
        this.libraryName = libraryName;
        this.cells = cells;
    }

    static LibertyCells scan(String text) {
        Matcher m = GROUP.matcher(text);
        String library = null;
        List<Cell> cells = new ArrayList<>();
        int from = 0;
        while (m.find(from)) {
            String kind = m.group(1);
            int bodyStart = m.end();
            if (kind.equals("library")) {
                library = unquote(m.group(2));
                from = bodyStart;
                continue;
            }
            int bodyEnd = matchingBrace(text, bodyStart);
            if (kind.equals("cell")) {
                cells.add(cell(unquote(m.group(2)), text.substring(bodyStart, bodyEnd)));
            }
            from = bodyEnd;
        }
        if (library == null) {
            throw new IllegalArgumentException("not a liberty file: no library(...) group found");
        }
        return new LibertyCells(library, List.copyOf(cells));
    }

    private static Cell cell(String name, String body) {
        Matcher area = AREA.matcher(body);
        double a = area.find() ? Double.parseDouble(area.group(1)) : 0;
        boolean dontUse = DONT_USE.matcher(body).find();
        List<Pin> pins = new ArrayList<>();
        boolean sequential = false;
        Matcher m = GROUP.matcher(body);
        int from = 0;
        while (m.find(from)) {
            int bodyStart = m.end();
            int bodyEnd = matchingBrace(body, bodyStart);
            String inner = body.substring(bodyStart, bodyEnd);
            switch (m.group(1)) {
                case "pin" -> {
                    Matcher d = DIRECTION.matcher(inner);
                    Matcher f = FUNCTION.matcher(inner);
                    pins.add(new Pin(unquote(m.group(2)), d.find() ? d.group(1) : "",
                            f.find() ? bare(f.group(1)) : ""));
                }
                case "ff", "latch", "statetable" -> sequential = true;
                default -> {
                    // buses and other groups are not needed
                }
            }
            from = bodyEnd;
        }
        return new Cell(name, a, dontUse, sequential, List.copyOf(pins));
    }

    /** A group's name without blanks and quotes: {@code  "DFF_X1" } becomes {@code DFF_X1}. */
    static String unquote(String name) {
        String n = name.strip();
        return n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"") ? n.substring(1, n.length() - 1).strip() : n;
    }

    /** A function without blanks and redundant outer parentheses: {@code " (A) "} becomes {@code A}. */
    static String bare(String function) {
        String f = function.replaceAll("\\s+", "");
        while (f.length() > 1 && f.charAt(0) == '(' && matchingParen(f) == f.length() - 1) {
            f = f.substring(1, f.length() - 1);
        }
        return f;
    }

    private static int matchingParen(String f) {
        int depth = 0;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) == '(') {
                depth++;
            } else if (f.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index just past the '}' closing the group whose body starts at {@code start}. */
    private static int matchingBrace(String text, int start) {
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in liberty file");
    }

    String libraryName() {
        return libraryName;
    }

    List<Cell> cells() {
        return cells;
    }

    /** The smallest usable non-inverting buffer: one input, one output whose function is that input. */
    Optional<CellPins> buffer() {
        return usable()
                .filter(c -> c.inputs().size() == 1 && c.outputs().size() == 1
                        && c.outputs().get(0).function().equals(c.inputs().get(0).name()))
                .min(Comparator.comparingDouble(Cell::area).thenComparing(Cell::name))
                .map(c -> new CellPins(c.name(), c.inputs().get(0).name(), c.outputs().get(0).name()));
    }

    /**
     * The tie cell driving the constant {@code value} ("1" or "0") and its output pin: a cell without
     * inputs, preferring cells not marked {@code dont_use}, then the smallest. Libraries often mark all
     * tie cells {@code dont_use} to keep them out of logic mapping; {@code hilomap} places them
     * explicitly, so such a cell is still taken when there is no other.
     */
    Optional<CellPins> tie(String value) {
        return cells.stream()
                .filter(c -> !c.sequential() && c.inputs().isEmpty()
                        && c.outputs().stream().anyMatch(p -> p.function().equals(value)))
                .min(Comparator.comparing(Cell::dontUse).thenComparingDouble(Cell::area).thenComparing(Cell::name))
                .map(c -> new CellPins(c.name(), "", c.outputs().stream()
                        .filter(p -> p.function().equals(value)).findFirst().orElseThrow().name()));
    }

    private java.util.stream.Stream<Cell> usable() {
        return cells.stream().filter(c -> !c.dontUse() && !c.sequential());
    }
}
