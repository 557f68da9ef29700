package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The example prints what docs/api.md says it prints. */
class ApproxmacExampleTest {

    @Test
    void printsTheDocumentedLines() {
        assertEquals(List.of(
                "spec mitchw:n=16,w=6,sign=c1",
                "1000 * 3000 = 2883584",
                "5 * -1 = -6",
                "sum of 100*7 + ... + 400*7 = 6656",
                "mean relative error -5.91 %, batch-norm scales 0.941 and 0.885"), ApproxmacExample.lines());
    }
}
