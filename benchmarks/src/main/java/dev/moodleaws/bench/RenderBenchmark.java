package dev.moodleaws.bench;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.render.RenderResult;
import dev.moodleaws.render.Renderer;
import dev.moodleaws.render.TemplateEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm rendering with one engine: model validation, the view models, every template, and the
 * artifact rules on what was rendered (what {@link Renderer#render} does), average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RenderBenchmark {

    @Param({Fixtures.QUICKSTART, Fixtures.PRODUCTION})
    public String descriptor;

    private Deployment deployment;
    private Renderer renderer;

    @Setup
    public void setUp() {
        deployment = Fixtures.deployment(descriptor);
        renderer = new Renderer(TemplateEngine.builtIn());
        RenderResult first = renderer.render(deployment);
        if (first.artifactReport().hasErrors()) {
            throw new IllegalStateException(descriptor + " renders with errors: " + first.artifactReport().findings());
        }
    }

    @Benchmark
    public RenderResult render() {
        return renderer.render(deployment);
    }
}
