package dev.tradewind.research;

import java.util.Comparator;
import java.util.List;

/**
 * Every trial of a sweep and what they say.
 *
 * @param strategy  the strategy's name as given
 * @param space     the explored space
 * @param objective what was optimized
 * @param method    grid, random or ga
 * @param trials    every distinct trial, by id
 * @param note      why the search ran fewer trials than asked for, or ""
 */
public record SweepResult(String strategy, ParamSpace space, Objective objective, String method, List<Trial> trials, String note) {

    /** A result that ran what was asked for. */
    public SweepResult(String strategy, ParamSpace space, Objective objective, String method, List<Trial> trials) {
        this(strategy, space, objective, method, trials, "");
    }

    /** Feasible trials, best first (ties: lower id first). */
    public List<Trial> ranked() {
        Comparator<Double> better = objective.better();
        return trials.stream().filter(Trial::feasible)
                .sorted(Comparator.comparing(Trial::objective, better).thenComparingInt(Trial::id)).toList();
    }

    /** The best {@code k} feasible trials. */
    public List<Trial> best(int k) {
        List<Trial> r = ranked();
        return r.subList(0, Math.min(k, r.size()));
    }

    /** Number of trials that met the constraints. */
    public long feasible() { return trials.stream().filter(Trial::feasible).count(); }

    /** The overfitting statistics of the best trial; null when no trial is feasible. */
    public Overfitting overfitting(int blocks) {
        List<Trial> r = ranked();
        return r.isEmpty() ? null : Overfitting.of(trials, r.get(0), blocks);
    }
}
