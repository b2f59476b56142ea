package dev.moodleaws.bench;

import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Validator;
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
 * The first use in a fresh JVM: {@link Mode#SingleShotTime}, one call per fork and no warm-up, so
 * each fork times class loading, FreeMarker set-up and template parsing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(6)
public class ColdRenderBenchmark {

    @Param({Fixtures.QUICKSTART, Fixtures.PRODUCTION})
    public String descriptor;

    /** Only the descriptor's text: nothing of the product is loaded before the timed call. */
    @State(Scope.Benchmark)
    public static class Text {
        String yaml;

        @Setup
        public void load(ColdRenderBenchmark b) {
            yaml = Fixtures.yaml(b.descriptor);
        }
    }

    /** The descriptor already read (the reader and the model are loaded, the renderer is not). */
    @State(Scope.Benchmark)
    public static class Model {
        Deployment deployment;

        @Setup
        public void load(ColdRenderBenchmark b) {
            deployment = Fixtures.deployment(b.descriptor);
        }
    }

    /** A new engine and renderer, then one render: the first render of a JVM. */
    @Benchmark
    public RenderResult firstRender(Model model) {
        return new Renderer(TemplateEngine.builtIn()).render(model.deployment);
    }

    /** Read, validate and render with a new engine: the whole of a first render goal. */
    @Benchmark
    public RenderResult firstReadValidateRender(Text text) throws DescriptorException {
        Validator validator = Validator.standard();
        Deployment deployment = new DescriptorReader(PropertySource.none()).read(descriptor + ".yaml", text.yaml);
        validator.validate(deployment);
        return new Renderer(TemplateEngine.builtIn(), validator).render(deployment);
    }
}
