// Test fixture for the cost flow's hierarchical mapping: the exact 8-bit two's-complement multiplier of
// fixed_mul8.v built from two instances of one module, the products of a by the low (unsigned) and the
// high (signed) nibble of b, and their sum: a * b = a * b[3:0] + (a * b[7:4] << 4), mod 2^16.
module fixed_mul8_split (
    input  wire [7:0]  a,
    input  wire [7:0]  b,
    output wire [15:0] z
);
    wire [12:0] low;
    wire [12:0] high;
    nibble_product u_low (.a(a), .b({1'b0, b[3:0]}), .p(low));
    nibble_product u_high (.a(a), .b({b[7], b[7:4]}), .p(high));
    assign z = {{3{low[12]}}, low} + {high[11:0], 4'b0000};
endmodule

// a times a 5-bit signed b, 13-bit signed product
module nibble_product (
    input  wire [7:0]  a,
    input  wire [4:0]  b,
    output wire [12:0] p
);
    assign p = $signed(a) * $signed(b);
endmodule
