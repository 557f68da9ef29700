// approxmac co-simulation harness: one generic driver for every design.
//
// The design is compiled by Verilator with --prefix Vdut; everything that differs between designs
// (operand width, output width, multiplier or MAC) arrives as -D defines, so this file is never
// copied or edited per design. Protocol (little-endian, see docs/cosim.md):
//
//   JVM -> harness, a sequence of commands, each starting with one op byte:
//     0                      quit
//     1 u32:count records    a batch; a record is a, b (multiplier) or flags, a, b (MAC;
//                            flags bit 0 rst, bit 1 en, bit 2 clr), operands OPB bytes each
//     2 u64:start u64:count u64:stride
//                            enumerate vectors i = start..start+count-1: v = i * stride mod
//                            2^(2N), a = v >> N, b = v mod 2^N (multipliers with 2N <= 64 only;
//                            stride 1 is the exhaustive order, a outer, b inner)
//
//   A dot-product unit of APPROXMAC_LANES = K > 1 lanes has K operands of N bits in each of its ports,
//   lane i at bits [i*N +: N]: a record holds the K operands a_0..a_(K-1), then b_0..b_(K-1), and an
//   enumerated vector i gives lane l the pair of v = (i + l * floor(2^(2N) / K)) * stride mod 2^(2N), so
//   that every lane sees every pair once in 2^(2N) vectors.
//   An array of R x C processing elements (APPROXMAC_A_LANES = R, APPROXMAC_B_LANES = C, APPROXMAC_LANES =
//   max(R, C)) takes row r's operand from a_r and column c's from b_c of the same record; the other
//   operands of the record are not applied.
//   harness -> JVM: frames "u32:count, count outputs of OUTB bytes", one per batch, and as many
//   as needed (at most FRAME outputs each) per enumeration.
//
//   A pipelined multiplier (APPROXMAC_LATENCY = L > 0: a clk port, z shows the product of the operands
//   L rising edges earlier) gets one rising edge per vector; the harness stores each product against
//   its own vector and, at the end of every batch or frame, clocks L - 1 more edges to drain the
//   pipeline, so the JVM sees the same one-output-per-vector protocol as for a combinational design.
//
//   "bench START COUNT STRIDE" as arguments instead runs the enumeration in a plain loop with no I/O and
//   prints "COUNT NANOSECONDS CHECKSUM" (the speed limit the bridge is measured against).
#include "Vdut.h"
#include "verilated.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>
#include <vector>

#ifndef APPROXMAC_OPERAND_BITS
#error "compile with -DAPPROXMAC_OPERAND_BITS=N"
#endif
#ifndef APPROXMAC_OUTPUT_BITS
#error "compile with -DAPPROXMAC_OUTPUT_BITS=W"
#endif
#ifndef APPROXMAC_LATENCY
#define APPROXMAC_LATENCY 0
#endif
#ifndef APPROXMAC_LANES
#define APPROXMAC_LANES 1
#endif

static constexpr int N = APPROXMAC_OPERAND_BITS;
static constexpr int OUT_BITS = APPROXMAC_OUTPUT_BITS;
static constexpr int OPB = N <= 8 ? 1 : N <= 16 ? 2 : N <= 32 ? 4 : 8;
static constexpr int OUTB = OUT_BITS <= 8 ? 1 : OUT_BITS <= 16 ? 2 : OUT_BITS <= 32 ? 4
        : OUT_BITS <= 64 ? 8 : 4 * ((OUT_BITS + 31) / 32);
static constexpr uint32_t FRAME = 1u << 16;
static constexpr uint64_t OPERAND_MASK = N >= 64 ? ~0ULL : ((1ULL << N) - 1);
static constexpr uint64_t VECTOR_MASK = 2 * N >= 64 ? ~0ULL : ((1ULL << (2 * N)) - 1);
static constexpr int HIGH_SHIFT = N >= 64 ? 0 : N;
#ifndef APPROXMAC_A_LANES
#define APPROXMAC_A_LANES APPROXMAC_LANES
#endif
#ifndef APPROXMAC_B_LANES
#define APPROXMAC_B_LANES APPROXMAC_LANES
#endif
static constexpr int LANES = APPROXMAC_LANES;
static constexpr int A_LANES = APPROXMAC_A_LANES;
static constexpr int B_LANES = APPROXMAC_B_LANES;
static_assert(A_LANES <= LANES && B_LANES <= LANES, "a record holds LANES operand pairs");
static constexpr uint64_t LANE_STEP = 2 * N >= 64 ? 0x9E3779B97F4A7C15ULL / LANES : (1ULL << (2 * N)) / LANES;

#if APPROXMAC_MAC
#define APPROXMAC_RESULT acc
#else
#define APPROXMAC_RESULT z
#endif

template <typename T>
static inline void store(uint8_t* dst, const T& value) {
    uint64_t v = static_cast<uint64_t>(value);
    std::memcpy(dst, &v, OUTB);
}

template <std::size_t W>
static inline void store(uint8_t* dst, const VlWide<W>& value) {
    std::memcpy(dst, value.data(), OUTB);
}

static void read_fully(void* dst, size_t len) {
    if (len != 0 && std::fread(dst, 1, len, stdin) != len) {
        std::exit(0);  // the JVM closed the pipe: nothing more to do
    }
}

static void write_fully(const void* src, size_t len) {
    if (std::fwrite(src, 1, len, stdout) != len) {
        std::exit(4);  // the JVM went away
    }
}

static inline uint64_t operand(const uint8_t* p) {
    uint64_t v = 0;
    std::memcpy(&v, p, OPB);
    return v & OPERAND_MASK;
}

// A pipelined multiplier's products trail its operands by LAG vectors.
static constexpr int LAG = APPROXMAC_MAC ? 0 : (APPROXMAC_LATENCY > 0 ? APPROXMAC_LATENCY - 1 : 0);

// An operand port from its first `count` lane operands (lane i at bits [i*N +: N]): a port of at most
// 64 bits...
template <typename T>
static inline void set_port(T& port, const uint64_t* lanes, int count) {
    uint64_t v = 0;
    for (int i = 0; i < count; ++i) v |= lanes[i] << (i * N);
    port = static_cast<T>(v);
}

// ...or a wide one, filled 32-bit word by word.
template <std::size_t W>
static inline void set_port(VlWide<W>& port, const uint64_t* lanes, int count) {
    for (std::size_t k = 0; k < W; ++k) port[k] = 0;
    for (int i = 0; i < count; ++i) {
        for (int bit = 0; bit < N; bit += 32) {
            const int at = i * N + bit;
            const uint64_t chunk = (lanes[i] >> bit) & (N - bit >= 32 ? 0xFFFFFFFFULL : ((1ULL << (N - bit)) - 1));
            port[at / 32] |= static_cast<uint32_t>(chunk << (at % 32));
            if (at % 32 != 0 && at / 32 + 1 < static_cast<int>(W)) {
                port[at / 32 + 1] |= static_cast<uint32_t>(chunk >> (32 - at % 32));
            }
        }
    }
}

static inline void apply(Vdut* dut, const uint64_t* a, const uint64_t* b) {
    set_port(dut->a, a, A_LANES);
    set_port(dut->b, b, B_LANES);
#if APPROXMAC_MAC || APPROXMAC_LATENCY > 0
    dut->clk = 0;
    dut->eval();
    dut->clk = 1;
#endif
    dut->eval();
}

// LAG more edges: the products of the last LAG of `count` vectors, stored from `records` on.
static void drain(Vdut* dut, uint8_t* records, uint32_t count) {
    static const uint64_t zeros[LANES] = {};
    for (int k = 0; k < LAG; ++k) {
        apply(dut, zeros, zeros);
        const int64_t index = static_cast<int64_t>(count) - LAG + k;
        if (index >= 0) {
            store(records + index * OUTB, dut->APPROXMAC_RESULT);
        }
    }
}

static void batch(Vdut* dut, std::vector<uint8_t>& in, std::vector<uint8_t>& out) {
    uint32_t count;
    read_fully(&count, 4);
    const size_t record = (APPROXMAC_MAC ? 1 : 0) + 2 * LANES * OPB;
    in.resize(static_cast<size_t>(count) * record);
    out.resize(4 + static_cast<size_t>(count) * OUTB);
    read_fully(in.data(), in.size());
    std::memcpy(out.data(), &count, 4);
    const uint8_t* p = in.data();
    uint8_t* q = out.data() + 4;
    uint64_t a[LANES];
    uint64_t b[LANES];
    for (uint32_t i = 0; i < count; ++i, p += record, q += OUTB) {
        const uint8_t* operands = p + (APPROXMAC_MAC ? 1 : 0);
        for (int l = 0; l < LANES; ++l) {
            a[l] = operand(operands + l * OPB);
            b[l] = operand(operands + (LANES + l) * OPB);
        }
#if APPROXMAC_MAC
        dut->rst = p[0] & 1;
        dut->en = (p[0] >> 1) & 1;
        dut->clr = (p[0] >> 2) & 1;
        apply(dut, a, b);
        store(q, dut->APPROXMAC_RESULT);
#else
        apply(dut, a, b);
        if (i >= static_cast<uint32_t>(LAG)) {
            store(q - LAG * OUTB, dut->APPROXMAC_RESULT);
        }
#endif
    }
#if !APPROXMAC_MAC
    drain(dut, out.data() + 4, count);
#endif
    write_fully(out.data(), out.size());
    std::fflush(stdout);
}

// The lane operands of enumerated vector i.
static inline void enumerated(uint64_t i, uint64_t stride, uint64_t* a, uint64_t* b) {
    for (int l = 0; l < LANES; ++l) {
        const uint64_t v = ((i + l * LANE_STEP) * stride) & VECTOR_MASK;
        a[l] = (v >> HIGH_SHIFT) & OPERAND_MASK;
        b[l] = v & OPERAND_MASK;
    }
}

static void enumerate(Vdut* dut, std::vector<uint8_t>& out) {
    uint64_t range[3];
    read_fully(range, 24);
    uint64_t i = range[0];
    uint64_t left = range[1];
    const uint64_t stride = range[2];
    out.resize(4 + static_cast<size_t>(FRAME) * OUTB);
    while (left > 0) {
        uint32_t n = left < FRAME ? static_cast<uint32_t>(left) : FRAME;
        std::memcpy(out.data(), &n, 4);
        uint8_t* q = out.data() + 4;
        uint64_t a[LANES];
        uint64_t b[LANES];
        for (uint32_t k = 0; k < n; ++k, ++i, q += OUTB) {
            enumerated(i, stride, a, b);
            apply(dut, a, b);
            if (k >= static_cast<uint32_t>(LAG)) {
                store(q - LAG * OUTB, dut->APPROXMAC_RESULT);
            }
        }
        drain(dut, out.data() + 4, n);
        write_fully(out.data(), 4 + static_cast<size_t>(n) * OUTB);
        left -= n;
    }
    std::fflush(stdout);
}

template <typename T>
static inline uint64_t fold(const T& value) {
    return static_cast<uint64_t>(value);
}

template <std::size_t W>
static inline uint64_t fold(const VlWide<W>& value) {
    uint64_t h = 0;
    for (std::size_t k = 0; k < W; ++k) h = h * 31 + value.at(k);
    return h;
}

static int bench(Vdut* dut, uint64_t start, uint64_t count, uint64_t stride) {
    uint64_t checksum = 0;
    auto t0 = std::chrono::steady_clock::now();
    uint64_t a[LANES];
    uint64_t b[LANES];
    for (uint64_t i = start; i < start + count; ++i) {
        enumerated(i, stride, a, b);
        apply(dut, a, b);
        checksum += fold(dut->APPROXMAC_RESULT);
    }
    auto t1 = std::chrono::steady_clock::now();
    long long ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count();
    std::printf("%llu %lld %llu\n", static_cast<unsigned long long>(count), ns,
                static_cast<unsigned long long>(checksum));
    return 0;
}

int main(int argc, char** argv) {
    const std::unique_ptr<VerilatedContext> context{new VerilatedContext};
    context->debug(0);
    context->commandArgs(argc, argv);  // plusargs reach the design's $value$plusargs
    const std::unique_ptr<Vdut> dut{new Vdut{context.get(), "dut"}};
#if APPROXMAC_MAC || APPROXMAC_LATENCY > 0
    dut->clk = 0;
#endif
#if APPROXMAC_MAC
    dut->rst = 0;
    dut->en = 0;
    dut->clr = 0;
#endif
    static const uint64_t zeros[LANES] = {};
    set_port(dut->a, zeros, A_LANES);
    set_port(dut->b, zeros, B_LANES);
    dut->eval();
    if (argc == 5 && std::strcmp(argv[1], "bench") == 0) {
        return bench(dut.get(), std::strtoull(argv[2], nullptr, 0), std::strtoull(argv[3], nullptr, 0),
                     std::strtoull(argv[4], nullptr, 0));
    }
#ifdef F_SETPIPE_SZ
    fcntl(1, F_SETPIPE_SZ, 1 << 20);  // best effort: fewer context switches on large runs
    fcntl(0, F_SETPIPE_SZ, 1 << 20);
#endif
    static char inbuf[1 << 20];
    static char outbuf[1 << 20];
    std::setvbuf(stdin, inbuf, _IOFBF, sizeof inbuf);
    std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    std::vector<uint8_t> in;
    std::vector<uint8_t> out;
    for (;;) {
        uint8_t op;
        read_fully(&op, 1);
        switch (op) {
            case 0: dut->final(); return 0;
            case 1: batch(dut.get(), in, out); break;
            case 2: enumerate(dut.get(), out); break;
            default: std::fprintf(stderr, "approxmac harness: unknown command %u\n", op); return 5;
        }
    }
}
