package org.approxmac.hdl.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.approxmac.spec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserRtlTest {
    private static final UnitSpec FIXED8 = UnitSpec.parse("fixed:n=8");
    private static final UnitSpec MAC8 = UnitSpec.parse("fixed:n=8,mac");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static String widths(ModuleInterface m) {
        StringBuilder sb = new StringBuilder();
        m.ports().forEach(p -> sb.append(p.declaration()).append("; "));
        return sb.toString();
    }

    @Test
    void ansiPortsWithParametersAndOverrides() throws IOException {
        Path f = write("p.v", """
                // a parameterised multiplier
                module pmul #(parameter N = 4, parameter W = 2 * N, localparam unused = 3) (
                    input  wire [N-1:0] a, b,   /* both operands */
                    output reg  [W-1:0] z
                );
                endmodule
                module other(input x); endmodule
                """);
        ModuleInterface m = UserRtl.of("pmul", f).load().module();
        assertEquals("input [3:0] a; input [3:0] b; output [7:0] z; ", widths(m));
        assertEquals(f + ":2", m.location());
        ModuleInterface wide = UserRtl.of("pmul", f).withParameter("N", "8").load().module();
        assertEquals("input [7:0] a; input [7:0] b; output [15:0] z; ", widths(wide));
        assertEquals(List.of("N", "W"), List.copyOf(wide.parameters().keySet()));
        UserRtl.of("pmul", f).withParameter("N", "8'h08").loadFor(FIXED8); // fits: no exception
    }

    @Test
    void olderStylePortsWithRangesFromNetDeclarationsAndMacros() throws IOException {
        Path f = write("old.v", """
                `define WIDTH 8
                `ifdef NOT_DEFINED
                module old(a); input a; endmodule
                `else
                module old(clk, rst, en, clr, a, b, acc);
                    parameter ACC = $clog2(256) * 2 + 8;
                    input clk, rst, en, clr;
                    input [`WIDTH-1:0] a;
                    input [`WIDTH-1:0] b;
                    output acc;
                    reg [ACC-1:0] acc;
                    function [7:0] f; input [2:0] x; f = x; endfunction
                endmodule
                `endif
                """);
        ModuleInterface m = UserRtl.of("old", f).load().module();
        assertEquals("input clk; input rst; input en; input clr; input [7:0] a; input [7:0] b; output [23:0] acc; ",
                widths(m));
        UserRtl.of("old", f).loadFor(MAC8);
    }

    @Test
    void includeBesideTheFileAndInIncludeFoldersIsInlinedWithLineDirectives() throws IOException {
        write("rtl/widths.vh", "localparam N = 8;\n");
        write("inc/more.vh", "`define OUT 16\n");
        Path f = write("rtl/m.v", """
                `include "more.vh"
                module m(a, b, z);
                `include "widths.vh"
                    input [N-1:0] a, b;
                    output [`OUT-1:0] z;
                    assign z = a * b;
                endmodule
                """);
        LoadedRtl rtl = UserRtl.of("m", f).withIncludeDir(dir.resolve("inc")).loadFor(FIXED8);
        assertTrue(rtl.verilog().contains("localparam N = 8;"), rtl.verilog());
        assertTrue(rtl.verilog().contains("`line 1 \"" + dir.resolve("rtl/widths.vh") + "\" 0"), rtl.verilog());
        assertTrue(rtl.verilog().contains("`line 4 \"" + f + "\" 0"), rtl.verilog());
        assertEquals(3, rtl.filesRead().size());
        UserRtlException e = assertThrows(UserRtlException.class, () -> UserRtl.of("m", f).load());
        assertEquals(f + ":1: `include \"more.vh\" not found (searched: " + dir.resolve("rtl")
                + ", the working directory; add folders with -I DIR)", e.getMessage());
    }

    @Test
    void fileListsResolvePathsAgainstTheirOwnFolder() throws IOException {
        write("ip/inc/w.vh", "`define N 8\n");
        write("ip/src/core.v", "module core(input [`N-1:0] a, b, output [2*`N-1:0] z); assign z = a * b; endmodule\n");
        write("ip/src/top.v", "module top(input [7:0] a, b, output [15:0] z); core c(.a(a), .b(b), .z(z)); endmodule\n");
        Path list = write("ip/files.f", "// the IP\n+incdir+inc\nsrc/core.v\n-f nested.f\n");
        write("ip/nested.f", "src/top.v\n");
        LoadedRtl rtl = new UserRtl(List.of(), List.of(list), List.of(), "top", java.util.Map.of()).loadFor(FIXED8);
        assertEquals(dir.resolve("ip/src/top.v").toString(), rtl.origin());
        assertTrue(rtl.verilog().contains("module core"));
        UserRtlException e = assertThrows(UserRtlException.class, () -> {
            Path bad = write("bad.f", "+define+X=1 a.v\n");
            new UserRtl(List.of(), List.of(bad), List.of(), "top", java.util.Map.of()).load();
        });
        assertTrue(e.getMessage().contains("'+define+X=1' is not supported in a file list"), e.getMessage());
    }

    @Test
    void wrongPortsAreNamedWithFileLineAndExpectation() throws IOException {
        Path f = write("bad.v", """
                module bad(
                    input  [7:0] a,
                    input  [7:0] b,
                    input  [7:0] c,
                    output [7:0] z);
                endmodule
                module flipped(input [7:0] a, input [7:0] b, input [15:0] z); endmodule
                module partial(input [7:0] a, output [15:0] z); endmodule
                """);
        UserRtlException width = assertThrows(UserRtlException.class, () -> UserRtl.of("bad", f).loadFor(FIXED8));
        assertEquals("module bad (" + f + ":1) does not have the ports fixed:n=8,sign=twos needs: "
                + f + ":5: port 'z' is 8 bits wide, expected 16 (output [15:0] z); " + f
                + ":4: extra port 'c' (input [7:0] c) is not among the expected ports (expected exactly: input [7:0] a,"
                + " input [7:0] b, output [15:0] z)", width.getMessage());
        UserRtlException dir = assertThrows(UserRtlException.class, () -> UserRtl.of("flipped", f).loadFor(FIXED8));
        assertTrue(dir.getMessage().contains(f + ":7: port 'z' is an input, expected output [15:0] z"),
                dir.getMessage());
        UserRtlException missing = assertThrows(UserRtlException.class,
                () -> UserRtl.of("partial", f).loadFor(FIXED8));
        assertTrue(missing.getMessage().contains("port 'b' is missing (expected input [7:0] b)"),
                missing.getMessage());
    }

    @Test
    void missingTopFilesAndBadOverridesAreOneLineErrors() throws IOException {
        Path f = write("m.v", "module m #(parameter N = 8)(input [N-1:0] a, b, output [2*N-1:0] z); endmodule\n");
        assertEquals("--top nope: no module 'nope' in " + f + " (modules found: m)",
                assertThrows(UserRtlException.class, () -> UserRtl.of("nope", f).load()).getMessage());
        assertEquals("--rtl " + dir.resolve("no.v") + ": file not found",
                assertThrows(UserRtlException.class, () -> UserRtl.of("m", dir.resolve("no.v")).load()).getMessage());
        assertEquals("--rtl " + dir + " is a folder, not a file",
                assertThrows(UserRtlException.class, () -> UserRtl.of("m", dir).load()).getMessage());
        assertEquals("-G W=3: module m has no parameter W (its parameters: N)",
                assertThrows(UserRtlException.class, () -> UserRtl.of("m", f).withParameter("W", "3").load())
                        .getMessage());
        assertTrue(assertThrows(UserRtlException.class, () -> UserRtl.of("m", f).withParameter("N", "eight"))
                .getMessage().startsWith("-G N=eight: the value must be an integer"));
        assertEquals(List.of("--rtl", f.toString(), "--top", "m", "-G", "N=4"),
                UserRtl.of("m", f).withParameter("N", "4").arguments());
    }

    @Test
    void aLatin1ByteInACommentIsReadButABinaryFileIsRejected() throws IOException {
        Path latin1 = dir.resolve("latin1.v");
        byte[] text = "// gr\u00fc\u00df\nmodule l(input [7:0] a, b, output [15:0] z); endmodule\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(latin1, text);
        assertEquals(3, UserRtl.of("l", latin1).loadFor(FIXED8).module().ports().size());
        Path binary = dir.resolve("a.out");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        assertEquals("--rtl " + binary + " is a binary file, not text (NUL byte at offset 4)",
                assertThrows(UserRtlException.class, () -> UserRtl.of("l", binary).load()).getMessage());
    }

    @Test
    void unknownWidthsAreLeftToTheTool() throws IOException {
        Path f = write("fn.v", "module fn(input [width(3)-1:0] a, input [7:0] b, output [15:0] z); endmodule\n");
        ModuleInterface m = UserRtl.of("fn", f).load().module();
        assertEquals(OptionalInt.empty(), m.ports().get(0).width());
        assertEquals(List.of(), PortConvention.of(FIXED8).problems(m));
    }
}
