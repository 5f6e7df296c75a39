package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real liquidation through the CLI (FIL 1-minute data, a 10x long futures position, liquidated on 2023-08-15 after two weeks of funding): the liquidation fee is paid
 * once, inside the liquidation fill's fee, so it is in results.json's {@code fees} and not again in {@code financing},
 * and the account adds up from the files a user gets.
 */
class LiquidationResultsTest {
    static final String FIL = "../sample-data/FILUSDT-1m-2023-08.csv.gz";
    @TempDir Path tmp;

    @Test
    void theLiquidationFeeIsCountedOnceAndTheAccountAddsUp() throws Exception {
        Path src = tmp.resolve("AllIn.java");
        Files.writeString(src, """
                import dev.tradewind.strategy.*;
                public class AllIn implements Strategy {
                    public void onBar(Context ctx) {
                        if (ctx.barIndex() == 0) ctx.buy(Math.floor(10 * ctx.equity() / ctx.close()));
                    }
                }
                """);
        Path out = tmp.resolve("run");
        double cash = 1000;
        CliRun run = CliRun.of("backtest", "--data", FIL, "--strategy", src.toString(), "--kind", "future", "--margin", "0.05",
                "--commission", "0.04%", "--liquidation-fee", "0.5", "--funding-rate", "0.0001", "--cash", "1000",
                "--out", out.toString(), "-q", "--no-store");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode results = Json.MAPPER.readTree(out.resolve("results.json").toFile());

        List<String[]> orders = rows(out.resolve("orders.csv"));
        List<String[]> liquidations = orders.stream().filter(r -> r[9].equals("liquidation")).toList();
        assertThat(liquidations).as("one liquidation order").hasSize(1);
        String liquidationId = liquidations.get(0)[0];

        // fills.csv: id, order_id, time, symbol, side, quantity, price, fee, liquidity
        double fees = 0, flows = 0, liquidationFee = Double.NaN, liquidationNotional = Double.NaN;
        for (String[] f : rows(out.resolve("fills.csv"))) {
            double q = Double.parseDouble(f[5]), p = Double.parseDouble(f[6]), fee = Double.parseDouble(f[7]);
            fees += fee;
            flows += (f[4].equals("sell") ? 1 : -1) * q * p;
            if (f[1].equals(liquidationId)) {
                liquidationFee = fee;
                liquidationNotional = q * p;
            }
        }
        // the liquidation fill pays the taker commission plus the liquidation fee, 0.04% + 0.5% of its value
        assertThat(liquidationFee).isCloseTo(liquidationNotional * (0.04 + 0.5) / 100, within(1e-6));
        assertThat(results.get("fees").asDouble()).isCloseTo(fees, within(1e-6));

        // ledger.csv: time, kind, amount, note; the liquidation is listed, funding is the only cash moved outside fills
        double funding = 0, ledgerSum = 0;
        int liquidationRows = 0;
        for (String[] l : rows(out.resolve("ledger.csv"))) {
            double amount = Double.parseDouble(l[2]);
            ledgerSum += amount;
            if (l[1].equals("funding")) funding += amount;
            if (l[1].equals("liquidation")) liquidationRows++;
        }
        assertThat(liquidationRows).isEqualTo(1);
        assertThat(funding).as("funding paid while the position was open").isPositive();
        assertThat(results.get("financing").asDouble()).as("financing is funding only, not the liquidation fee again")
                .isCloseTo(funding, within(1e-9));
        assertThat(ledgerSum).isCloseTo(funding, within(1e-9));

        // flat after the liquidation: final equity = starting cash + what the fills moved - fees - financing
        assertThat(results.get("open_position").asDouble()).isZero();
        double finalEquity = results.get("final_equity").asDouble();
        assertThat(finalEquity).isCloseTo(cash + flows - results.get("fees").asDouble() - results.get("financing").asDouble(),
                within(1e-6));
        assertThat(results.get("net_profit").asDouble()).isCloseTo(finalEquity - cash, within(1e-6));
    }

    private static List<String[]> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int columns = lines.get(0).split(",").length;
        return lines.subList(1, lines.size()).stream().map(s -> s.split(",", columns)).toList();
    }
}
