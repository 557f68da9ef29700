package org.approxmac.cli;

import java.nio.file.Path;
import org.approxmac.analysis.chart.Figure;
import org.approxmac.analysis.chart.FigureException;
import org.approxmac.analysis.chart.FigureFile;

/**
 * Figure files of the commands: checked before any work (extension, no foreign file in the way) and
 * written atomically; problems become one-line usage errors (exit 2).
 */
final class FigureOutput {
    private FigureOutput() {
    }

    /** Checks a requested figure path up front; null means no figure was asked for. */
    static void check(String option, Path file) {
        if (file == null) {
            return;
        }
        try {
            FigureFile.check(file);
        } catch (FigureException e) {
            throw new UsageError(option + ": " + e.getMessage());
        }
    }

    static void write(String option, Figure figure, Path file) {
        try {
            FigureFile.write(figure, file);
        } catch (FigureException e) {
            throw new UsageError(option + ": " + e.getMessage());
        }
    }
}
