// A user's own 8-bit signed multiplier with approxmac's multiplier ports (docs/units.md, "Ports").
module my_mul (
    input  wire [7:0]  a,
    input  wire [7:0]  b,
    output wire [15:0] z
);
    assign z = $signed(a) * $signed(b);
endmodule
