package org.approxmac.analysis.chart;

/**
 * A figure request that cannot be honoured: an unknown file extension, or a target file that
 * approxmac did not create. The message is one line naming the problem and what is accepted.
 */
public final class FigureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FigureException(String message) {
        super(message);
    }
}
