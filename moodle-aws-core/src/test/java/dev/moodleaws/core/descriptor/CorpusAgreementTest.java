package dev.moodleaws.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The reader and the JSON Schema (run by a JSON Schema validator, as an editor would) give the
 * same verdict on every descriptor of the hostile corpus, and the reader names the expected place.
 */
class CorpusAgreementTest {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(DescriptorSchema.jsonSchemaTree());
    private static final DescriptorReader READER = new DescriptorReader(PropertySource.of(Corpus.PROPERTIES));

    static List<Corpus> corpus() throws Exception {
        return Corpus.all();
    }

    /** The reader's problems, empty when it reads the file. */
    private static Optional<List<DescriptorProblem>> readerProblems(Corpus c) {
        try {
            READER.read(c.path());
            return Optional.empty();
        } catch (DescriptorException e) {
            return Optional.of(e.problems());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theReaderRefusesExactlyWhatItShouldAndSaysWhere(Corpus c) {
        Optional<List<DescriptorProblem>> problems = readerProblems(c);
        assertEquals(c.outcome().equals("reader"), problems.isPresent(), () -> c + ": " + problems);
        problems.ifPresent(list -> {
            DescriptorProblem first = list.get(0);
            String at = first.location().line() + ":" + first.location().column();
            assertTrue(c.where().endsWith(":") ? at.startsWith(c.where()) : at.equals(c.where()), () -> c + ": at " + at + ", " + first.format());
            assertEquals(c.key().equals("-") ? "" : c.key(), first.path(), () -> c + ": " + first.format());
            assertTrue(first.format().startsWith(c.file() + ":" + at + ": error: "), first::format);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theSchemaGivesTheReadersVerdict(Corpus c) throws Exception {
        if (c.schema().equals("blind")) {
            return; // nesting depth, alias expansion, number sizes and encodings are limits of the reader alone
        }
        Object data = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(c.path(), StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().valueToTree(data);
        Set<ValidationMessage> messages = SCHEMA.validate(json);
        assertEquals(c.outcome().equals("reader"), !messages.isEmpty(), () -> c + ": schema says " + messages);
    }
}
