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
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A genetic algorithm (Jenetics) over the grid's level indices: one integer gene per swept parameter, tournament
 * selection, uniform crossover, Gaussian mutation (local moves) plus a little uniform mutation (jumps). Each generation
 * is evaluated as one parallel batch through the {@link TrialPool}, so revisited points cost nothing and are counted
 * once. Deterministic for a seed: Jenetics draws from a seeded generator on the calling thread only.
 *
 * @param population  individuals per generation
 * @param generations the most generations to breed
 * @param maxTrials   stop once this many distinct points were run
 * @param seed        the generator's seed
 * @param allowed     the {@code --where} filter; points outside it score -infinity without running
 */
public record GeneticSearch(int population, int generations, int maxTrials, long seed, Predicate<int[]> allowed)
        implements Search {

    @Override
    public void run(TrialPool pool) {
        ParamSpace space = pool.space();
        Objective objective = pool.objective();
        List<Chromosome<IntegerGene>> chromosomes = new ArrayList<>();
        for (Dimension d : space.dimensions()) chromosomes.add(IntegerChromosome.of(0, d.size() - 1));
        Factory<Genotype<IntegerGene>> genotypes = Genotype.of(chromosomes);
        Evaluator<IntegerGene, Double> evaluator = individuals -> {
            List<int[]> points = new ArrayList<>();
            for (Phenotype<IntegerGene, Double> p : individuals) {
                int[] point = point(p.genotype());
                if (!p.isEvaluated() && allowed.test(point)) points.add(point);
            }
            List<Trial> trials = pool.evaluate(points);
            int k = 0;
            List<Phenotype<IntegerGene, Double>> out = new ArrayList<>(individuals.size());
            for (Phenotype<IntegerGene, Double> p : individuals) {
                if (p.isEvaluated()) {
                    out.add(p);
                    continue;
                }
                int[] point = point(p.genotype());
                if (!allowed.test(point)) {
                    out.add(p.withFitness(Double.NEGATIVE_INFINITY));
                    continue;
                }
                Trial t = trials.get(k++);
                out.add(p.withFitness(t.feasible() ? objective.score(t.objective()) : Double.NEGATIVE_INFINITY));
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
        RandomRegistry.using(new SplittableRandom(seed), r -> engine.stream()
                .limit(generations)
                .takeWhile(result -> pool.size() < maxTrials)
                .forEach(result -> { }));
    }

    private static int[] point(Genotype<IntegerGene> g) {
        int[] p = new int[g.length()];
        for (int i = 0; i < p.length; i++) p[i] = g.get(i).gene().intValue();
        return p;
    }
}
