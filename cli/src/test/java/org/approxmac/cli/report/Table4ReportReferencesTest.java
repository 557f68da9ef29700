package org.approxmac.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.approxmac.cli.RepositoryReferences;
import org.junit.jupiter.api.Test;

/** The rendered report (Markdown, CSV, JSON, HTML) cites only paths inside the repository. */
class Table4ReportReferencesTest {

    @Test
    void everyRenderingCitesOnlyRepositoryPaths() throws Exception {
        Table4Report r = Table4ReportTest.report(200, 160, 74, 510, 577, 160);
        String json = new ObjectMapper().writeValueAsString(r.json());
        for (String text : List.of(r.markdown(), r.csv(), json, Table4Html.render(r))) {
            assertEquals(List.of(), RepositoryReferences.problems(text), text);
            assertFalse(text.contains("../"), text);
        }
        assertTrue(RepositoryReferences.docsPaths(r.markdown()).contains("docs/cost-method.md"), r.markdown());
    }
}
