package org.approxmac.cli;

import org.approxmac.spec.Kind;

/** The spec syntax paragraph shared by the help of every command that takes a SPEC. */
final class SpecHelp {
    private SpecHelp() {
    }

    static String text() {
        return "SPEC syntax: kind[:key=value,...][,mac[,acc=A]] — kinds: " + Kind.namesText()
                + ". Examples: mitchw:n=16,w=6,sign=c1  drum:n=32,k=6  fixed:n=16,mac  bf16,mac"
                + "  fp32:fused=false,mac  mitchw:n=16,w=6,dot=16,mac (a 16-lane dot product). Missing keys take their defaults; 'approxmac kinds' lists them.";
    }
}
