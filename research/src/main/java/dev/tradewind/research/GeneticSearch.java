package dev.tradewind.research;

import io.jenetics.Chromosome;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.Evaluator;
import io.jenetics.util.Factory;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A genetic algorithm (Jenetics) over the grid's level indices: one integer gene per swept parameter, tournament
 * selection, uniform crossover, Gaussian mutation (local moves) plus a little uniform mutation (jumps). Each generation
 * is evaluated as one parallel batch through the {@link TrialPool}, so revisited points cost nothing and are counted
 * once. Deterministic for a seed: Jenetics draws from a seeded generator on the calling thread only.
 *
 * <p>It runs exactly {@code maxTrials} distinct points when it can: the generation that reaches the budget runs only
 * the new points that fit (the others score -infinity and breeding stops there). It stops earlier when the space has
 * no more points, after {@code generations} generations, or when {@value #STALL} generations in a row bred no new
 * point (the population converged); {@link #run} then says so.
 *
 * @param population  individuals per generation
 * @param generations the most generations to breed
 * @param maxTrials   the distinct points to run
 * @param seed        the generator's seed
 * @param allowed     the {@code --where} filter; points outside it score -infinity without running
 */
public record GeneticSearch(int population, int generations, int maxTrials, long seed, Predicate<int[]> allowed)
        implements Search {
    /** Generations in a row without a new point after which the population counts as converged. */
    static final int STALL = 20;

    @Override
    public String run(TrialPool pool) {
        ParamSpace space = pool.space();
        Objective objective = pool.objective();
        List<Chromosome<IntegerGene>> chromosomes = new ArrayList<>();
        for (Dimension d : space.dimensions()) chromosomes.add(IntegerChromosome.of(0, d.size() - 1));
        Factory<Genotype<IntegerGene>> genotypes = Genotype.of(chromosomes);
        int[] stalled = {0};
        Evaluator<IntegerGene, Double> evaluator = individuals -> {
            int before = pool.size();
            List<int[]> points = new ArrayList<>();
            Set<List<Integer>> fresh = new HashSet<>();
            boolean[] run = new boolean[individuals.size()];
            for (int i = 0; i < individuals.size(); i++) {
                Phenotype<IntegerGene, Double> p = individuals.get(i);
                int[] point = point(p.genotype());
                if (p.isEvaluated() || !allowed.test(point)) continue;
                boolean isNew = !pool.seen(point) && !fresh.contains(key(point));
                if (isNew && before + fresh.size() >= maxTrials) continue; // over the budget: not run
                if (isNew) fresh.add(key(point));
                points.add(point);
                run[i] = true;
            }
            List<Trial> trials = pool.evaluate(points);
            stalled[0] = pool.size() > before ? 0 : stalled[0] + 1;
            int k = 0;
            List<Phenotype<IntegerGene, Double>> out = new ArrayList<>(individuals.size());
            for (int i = 0; i < individuals.size(); i++) {
                Phenotype<IntegerGene, Double> p = individuals.get(i);
                if (p.isEvaluated()) {
                    out.add(p);
                } else if (!run[i]) {
                    out.add(p.withFitness(Double.NEGATIVE_INFINITY));
                } else {
                    Trial t = trials.get(k++);
                    out.add(p.withFitness(t.feasible() ? objective.score(t.objective()) : Double.NEGATIVE_INFINITY));
                }
            }
            return ISeq.of(out);
        };
        Engine<IntegerGene, Double> engine = new Engine.Builder<>(evaluator, genotypes)
                .populationSize(population)
                .maximizing()
                .executor(Runnable::run)
                .selector(new TournamentSelector<>(3))
                .alterers(new UniformCrossover<>(0.3), new GaussianMutator<>(0.25), new Mutator<>(0.05))
                .build();
        long bred = RandomRegistry.with(new SplittableRandom(seed), r -> engine.stream()
                .limit(generations)
                .takeWhile(result -> pool.size() < maxTrials && stalled[0] < STALL)
                .count());
        int ran = pool.size();
        String exhausted = Search.exhausted(ran, maxTrials, space, allowed);
        if (exhausted != null) return exhausted;
        String why = stalled[0] >= STALL
                ? "the population converged (" + STALL + " generations in a row bred no new point)"
                : "the --generations limit (" + generations + ") was reached, and points a generation revisits are not run again";
        return "ran " + ran + " of the " + maxTrials + " trials asked for after " + (bred + (stalled[0] >= STALL ? 1 : 0))
                + " generations: " + why + "; raise --population or --generations, or use --method random";
    }

    private static List<Integer> key(int[] point) { return java.util.Arrays.stream(point).boxed().toList(); }

    private static int[] point(Genotype<IntegerGene> g) {
        int[] p = new int[g.length()];
        for (int i = 0; i < p.length; i++) p[i] = g.get(i).gene().intValue();
        return p;
    }
}
