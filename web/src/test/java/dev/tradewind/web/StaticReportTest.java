package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.runner.Backtester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html: one file with everything inlined, and data that cannot end its script element. */
class StaticReportTest {

    @Test
    void writesOneSelfContainedFile(@TempDir Path dir) throws Exception {
        Backtester.Outcome o = ReportBuilderTest.run("sma-cross", Map.of("fast", "5", "slow", "20"));
        Path file = StaticReport.write(dir, o);
        assertThat(file).isEqualTo(dir.resolve("report.html"));
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("report.html");
        String html = Files.readString(file);
        assertThat(html).startsWith("<!doctype html>").contains("<title>Tradewind: SmaCross on 2006</title>")
                .contains("<script type=\"application/json\" id=\"tradewind-report\">{")
                .doesNotContain("<script src").doesNotContain("<link rel=\"stylesheet\"").doesNotContain("@import");
        assertThat(html.split("</script>", -1)).hasSize(3);
    }

    @Test
    void dataCannotCloseTheScriptElement() {
        String json = StaticReport.scriptSafeJson(Map.of("log", List.of("</script><script>alert(1)</script>", "<!--")));
        assertThat(json).doesNotContain("<").contains("\\u003c/script>");
    }

    @Test
    void titlesAreEscaped() {
        assertThat(StaticReport.escapeHtml("<b>\"A&B\"</b>")).isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
    }
}
