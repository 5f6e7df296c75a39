package dev.tradewind.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The gaps found and what a policy changed.
 *
 * @param policy      the policy applied
 * @param bar         the bar size gaps were measured in
 * @param gaps        every reported gap, in time order
 * @param missingBars the bars missing in them
 * @param barsAdded   bars inserted (FILL)
 * @param barsDropped bars removed (DROP)
 */
public record GapReport(GapPolicy policy, Timeframe bar, List<Gap> gaps, long missingBars, int barsAdded,
        int barsDropped) {
    private static final int SHOWN = 5;

    public GapReport { gaps = List.copyOf(gaps); }

    /** One line with the counts and the first few gaps. */
    public String summary() {
        String first = gaps.stream().limit(SHOWN).map(Gap::toString).collect(Collectors.joining(", "));
        return gaps.size() + (gaps.size() == 1 ? " gap, " : " gaps, ") + missingBars + " missing " + bar + " bars"
                + (gaps.isEmpty() ? "" : ": " + first + (gaps.size() > SHOWN ? ", ..." : "")) + "; " + policy
                + " added " + barsAdded + ", dropped " + barsDropped;
    }
}
