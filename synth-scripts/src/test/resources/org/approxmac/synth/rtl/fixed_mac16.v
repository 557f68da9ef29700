// Hand-written reference: exact two's-complement 16-bit MAC with a 40-bit accumulator, written
// with Verilog's * and + (docs/units.md MAC port convention). Test fixture for the cost flow.
module fixed_mac16 (
    input  wire              clk,
    input  wire              rst,
    input  wire              en,
    input  wire              clr,
    input  wire [15:0]  a,
    input  wire [15:0]  b,
    output reg  [39:0] acc
);
    wire signed [31:0] product = $signed(a) * $signed(b);
    wire [39:0] addend = {{8{product[31]}}, product};
    always @(posedge clk) begin
        if (rst) begin
            acc <= 40'd0;
        end else if (en) begin
            acc <= (clr ? 40'd0 : acc) + addend;
        end
    end
endmodule
