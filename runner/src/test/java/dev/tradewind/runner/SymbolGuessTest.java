package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolGuessTest {
    @Test
    void binanceAndTickerNamesGiveTheirSymbol() {
        assertThat(SymbolGuess.of("sample-data/FILUSDT-1m-2023-08.csv.gz")).isEqualTo("FILUSDT");
        assertThat(SymbolGuess.of("BTCUSDT-1h-2024-01-05.zip")).isEqualTo("BTCUSDT");
        assertThat(SymbolGuess.of("/x/ETHUSDT_1h.csv")).isEqualTo("ETHUSDT");
        assertThat(SymbolGuess.of("GOOG.csv")).isEqualTo("GOOG");
        assertThat(SymbolGuess.of("orcl-1995-2014.txt.gz")).isEqualTo("orcl");
        assertThat(SymbolGuess.of("sp500-2000.csv.gz")).isEqualTo("sp500");
        assertThat(SymbolGuess.of("M.csv")).isEqualTo("M");
    }

    @Test
    void numbersDatesBarSizesAndGenericWordsAreNoSymbol() {
        assertThat(SymbolGuess.of("sample-data/2006-day-001.txt")).isNull();
        assertThat(SymbolGuess.of("2023-08-01.csv")).isNull();
        assertThat(SymbolGuess.of("20230801_btc.csv")).isNull();
        assertThat(SymbolGuess.of("1h-bars.csv")).isNull();
        assertThat(SymbolGuess.of("daily_prices.csv")).isNull();
        assertThat(SymbolGuess.of("data.csv")).isNull();
        assertThat(SymbolGuess.orStem("sample-data/2006-day-001.txt")).isEqualTo("2006-day-001");
    }
}
