// Hand-written reference: exact 8-bit two's-complement multiplier with a 16-bit product, written with
// Verilog's * (docs/units.md multiplier port convention). Test fixture for the cost flow.
module fixed_mul8 (
    input  wire [7:0]  a,
    input  wire [7:0]  b,
    output wire [15:0] z
);
    assign z = $signed(a) * $signed(b);
endmodule
