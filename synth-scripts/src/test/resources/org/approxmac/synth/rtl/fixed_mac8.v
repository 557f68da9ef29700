// Hand-written reference: exact two's-complement 8-bit MAC with a 24-bit accumulator, written
// with Verilog's * and + (docs/units.md MAC port convention). Test fixture for the cost flow.
module fixed_mac8 (
    input  wire              clk,
    input  wire              rst,
    input  wire              en,
    input  wire              clr,
    input  wire [7:0]  a,
    input  wire [7:0]  b,
    output reg  [23:0] acc
);
    wire signed [15:0] product = $signed(a) * $signed(b);
    wire [23:0] addend = {{8{product[15]}}, product};
    always @(posedge clk) begin
        if (rst) begin
            acc <= 24'd0;
        end else if (en) begin
            acc <= (clr ? 24'd0 : acc) + addend;
        end
    end
endmodule
