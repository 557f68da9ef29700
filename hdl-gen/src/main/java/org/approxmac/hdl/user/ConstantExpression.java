package org.approxmac.hdl.user;

import java.util.List;
import java.util.function.Function;
import org.approxmac.spec.AsciiNumbers;

/**
 * Evaluates a Verilog constant expression (a port range bound or a parameter value) over 64-bit
 * integers: literals (decimal, sized and based), parameters, parentheses, {@code $clog2}, unary
 * {@code + - ! ~}, {@code ** * / % + - << >> <<< >>> < <= > >= == != & ^ | && ||} and {@code ?:}.
 * Anything else (an x/z digit, a function call, a macro with arguments) makes the expression
 * {@link Unknown}, and the width it decides is then left to the tool.
 */
final class ConstantExpression {

    /** The expression uses something this evaluator does not know. */
    static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown(String what) {
            super(what, null, false, false);
        }
    }

    private final List<Token> tokens;
    private final Function<String, Long> parameters;
    private int pos;

    private ConstantExpression(List<Token> tokens, Function<String, Long> parameters) {
        this.tokens = tokens;
        this.parameters = parameters;
    }

    /** The value of the tokens; {@code parameters} gives a parameter's value (or throws Unknown). */
    static long evaluate(List<Token> tokens, Function<String, Long> parameters) {
        ConstantExpression e = new ConstantExpression(tokens, parameters);
        long v = e.ternary();
        if (e.pos != tokens.size()) {
            throw new Unknown("unexpected '" + tokens.get(e.pos).text() + "'");
        }
        return v;
    }

    /** The value of one literal (decimal, or sized/based such as 8'h1F); throws Unknown otherwise. */
    static long literal(String text) {
        String t = text.replace("_", "");
        int q = t.indexOf('\'');
        try {
            if (q < 0) {
                return AsciiNumbers.parseLong(t);
            }
            String digits = t.substring(q + 1).replaceFirst("^[sS]", "");
            int radix = switch (Character.toLowerCase(digits.charAt(0))) {
                case 'b' -> 2;
                case 'o' -> 8;
                case 'd' -> 10;
                default -> 16;
            };
            String body = digits.substring(1);
            if (!AsciiNumbers.isWhole(body, radix) || body.startsWith("-")) {
                throw new NumberFormatException(body);
            }
            return Long.parseUnsignedLong(body, radix);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new Unknown("'" + text + "' is not a known integer");
        }
    }

    private long ternary() {
        long c = binary(0);
        if (accept("?")) {
            long a = ternary();
            expect(":");
            long b = ternary();
            return c != 0 ? a : b;
        }
        return c;
    }

    private static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("|"),
            List.of("^", "^~", "~^"), List.of("&"), List.of("==", "!=", "===", "!=="), List.of("<", "<=", ">", ">="),
            List.of("<<", ">>", "<<<", ">>>"), List.of("+", "-"), List.of("*", "/", "%"), List.of("**"));

    private long binary(int level) {
        if (level == LEVELS.size()) {
            return unary();
        }
        long v = binary(level + 1);
        while (pos < tokens.size() && LEVELS.get(level).contains(tokens.get(pos).text())) {
            String op = tokens.get(pos++).text();
            long r = op.equals("**") ? binary(level) : binary(level + 1);
            v = apply(op, v, r);
        }
        return v;
    }

    private static long apply(String op, long a, long b) {
        return switch (op) {
            case "||" -> a != 0 || b != 0 ? 1 : 0;
            case "&&" -> a != 0 && b != 0 ? 1 : 0;
            case "|" -> a | b;
            case "^" -> a ^ b;
            case "^~", "~^" -> ~(a ^ b);
            case "&" -> a & b;
            case "==", "===" -> a == b ? 1 : 0;
            case "!=", "!==" -> a != b ? 1 : 0;
            case "<" -> a < b ? 1 : 0;
            case "<=" -> a <= b ? 1 : 0;
            case ">" -> a > b ? 1 : 0;
            case ">=" -> a >= b ? 1 : 0;
            case "<<", "<<<" -> a << b;
            case ">>" -> a >>> b;
            case ">>>" -> a >> b;
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/", "%" -> {
                if (b == 0) {
                    throw new Unknown("division by zero");
                }
                yield op.equals("/") ? a / b : a % b;
            }
            default -> power(a, b);
        };
    }

    private static long power(long a, long b) {
        if (b < 0) {
            throw new Unknown("negative exponent");
        }
        long r = 1;
        for (long i = 0; i < b && i < 64; i++) {
            r *= a;
        }
        return r;
    }

    private long unary() {
        if (accept("-")) {
            return -unary();
        }
        if (accept("+")) {
            return unary();
        }
        if (accept("!")) {
            return unary() == 0 ? 1 : 0;
        }
        if (accept("~")) {
            return ~unary();
        }
        return primary();
    }

    private long primary() {
        if (pos >= tokens.size()) {
            throw new Unknown("expression ends early");
        }
        Token t = tokens.get(pos++);
        if (t.is("(")) {
            long v = ternary();
            expect(")");
            return v;
        }
        if (t.is("$clog2")) {
            expect("(");
            long v = ternary();
            expect(")");
            return v <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(v - 1);
        }
        if (Character.isDigit(t.text().charAt(0)) || t.text().charAt(0) == '\'') {
            return literal(t.text());
        }
        if (t.isIdentifier()) {
            return parameters.apply(t.text());
        }
        throw new Unknown("'" + t.text() + "'");
    }

    private boolean accept(String s) {
        if (pos < tokens.size() && tokens.get(pos).is(s)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!accept(s)) {
            throw new Unknown("'" + s + "' expected");
        }
    }
}
