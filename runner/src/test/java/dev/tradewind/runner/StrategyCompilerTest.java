package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling a strategy file: what the user sees when it does not compile. */
class StrategyCompilerTest {
    @TempDir Path tmp;

    static String strategy(String seriesImport) {
        return seriesImport + """

                import dev.tradewind.strategy.*;

                public class Old implements Strategy {
                    private Series sma;
                    @Override public void onStart(Context ctx) { sma = ctx.indicator("sma(close,5)"); }
                    @Override public void onBar(Context ctx) { if (sma.ready() && ctx.close() > sma.get()) ctx.buy(1); }
                }
                """;
    }

    @Test
    void theFormerSeriesImportSaysWhereSeriesIsNow() throws Exception {
        Path file = Files.writeString(tmp.resolve("Old.java"), strategy("import dev.tradewind.indicators.Series;"));
        assertThatThrownBy(() -> StrategyCompiler.compile(file)).isInstanceOf(UserError.class)
                .hasMessage(file + ":1: cannot find symbol (Series is now dev.tradewind.model.Series)");
        Path fixed = Files.writeString(Files.createDirectories(tmp.resolve("fixed")).resolve("Old.java"),
                strategy("import dev.tradewind.model.Series;"));
        assertThat(StrategyCompiler.compile(fixed).getSimpleName()).isEqualTo("Old");
    }
}
