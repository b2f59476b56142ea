package dev.moodleaws.bench;

import dev.moodleaws.core.descriptor.DescriptorException;
import dev.moodleaws.core.descriptor.DescriptorReader;
import dev.moodleaws.core.descriptor.PropertySource;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.Report;
import dev.moodleaws.core.validate.Validator;
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

/** Warm reading and model validation of a descriptor, average time per operation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidateBenchmark {

    @Param({Fixtures.QUICKSTART, Fixtures.PRODUCTION})
    public String descriptor;

    private String yaml;
    private DescriptorReader reader;
    private Deployment deployment;
    private Validator validator;

    @Setup
    public void setUp() {
        yaml = Fixtures.yaml(descriptor);
        reader = new DescriptorReader(PropertySource.none());
        deployment = Fixtures.deployment(descriptor);
        validator = Validator.standard();
        if (validator.validate(deployment).hasErrors()) {
            throw new IllegalStateException(descriptor + " has validation errors");
        }
    }

    /** The model rules and suppressions on a deployment already read. */
    @Benchmark
    public Report validate() {
        return validator.validate(deployment);
    }

    /** Parsing the YAML into the model, with every position kept. */
    @Benchmark
    public Deployment read() throws DescriptorException {
        return reader.read(descriptor + ".yaml", yaml);
    }

    /** What the validate goal does with the text of the descriptor. */
    @Benchmark
    public Report readAndValidate() throws DescriptorException {
        return validator.validate(reader.read(descriptor + ".yaml", yaml));
    }
}
