package dev.moodleaws.core.descriptor;

import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Location;
import dev.moodleaws.core.model.SourceMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads {@code moodle-aws.yaml} into a {@link Deployment}, keeping the file, line and column of
 * every written value in its {@link SourceMap}. Every problem of the file is found in one pass and
 * reported together in a {@link DescriptorException}.
 */
public final class DescriptorReader {
    private static final Comparator<DescriptorProblem> FILE_ORDER = Comparator
            .comparingInt((DescriptorProblem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    private final PropertySource properties;

    /** A reader filling {@code ${name}} placeholders from {@code properties}. */
    public DescriptorReader(PropertySource properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** Reads a descriptor file (UTF-8); problems name the file by its file name. */
    public Deployment read(Path file) throws DescriptorException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw single(name, "the descriptor " + file + " is a folder; name the YAML file, such as " + file.resolve("moodle-aws.yaml"));
        }
        byte[] bytes;
        try {
            if (Files.size(file) > DocumentLimits.MAX_BYTES) {
                throw single(name, "the descriptor is larger than " + DocumentLimits.MAX_BYTES + " bytes; a descriptor is a few kilobytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single(name, "the descriptor " + file + " does not exist");
        } catch (IOException e) {
            throw single(name, "the descriptor cannot be read: " + e.getMessage());
        }
        return read(name, Utf8.decode(name, bytes));
    }

    /**
     * Reads a descriptor given as text.
     *
     * @param fileName the name problems and the source map use for it
     * @param yaml     the descriptor
     */
    public Deployment read(String fileName, String yaml) throws DescriptorException {
        ReadContext ctx = new ReadContext(fileName, properties);
        if (yaml.length() > DocumentLimits.MAX_BYTES) {
            throw single(fileName, "the descriptor is larger than " + DocumentLimits.MAX_BYTES + " characters; a descriptor is a few kilobytes");
        }
        Optional<Node> root = document(fileName, yaml, ctx);
        Optional<Deployment> deployment = root.flatMap(node -> DescriptorSchema.DEPLOYMENT.read(node, "", ctx));
        if (!ctx.problems().isEmpty() || deployment.isEmpty()) {
            List<DescriptorProblem> problems = new ArrayList<>(ctx.problems());
            problems.sort(FILE_ORDER);
            throw new DescriptorException(problems);
        }
        return deployment.get().toBuilder()
                .literalSecrets(ctx.secrets())
                .sourceMap(SourceMap.of(fileName, ctx.locations()))
                .build();
    }

    /** The one document of the file, or empty with the problem recorded. */
    private static Optional<Node> document(String fileName, String yaml, ReadContext ctx) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(fileName)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // reported on the node tree, with both places
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(50)
                .build();
        List<Node> documents = new ArrayList<>(1);
        try {
            Optional<Event> deep = DocumentLimits.tooDeep(settings, yaml);
            if (deep.isPresent()) {
                ctx.problem(ctx.location(deep.get().getStartMark()), "", "maps and lists are nested more than "
                        + DocumentLimits.MAX_DEPTH + " levels deep here; a descriptor needs a few levels");
                return Optional.empty();
            }
            for (Node node : new Compose(settings).composeAllFromString(yaml)) {
                documents.add(node);
            }
        } catch (MarkedYamlEngineException e) {
            String context = e.getContext() == null ? "" : " " + e.getContext();
            ctx.problem(ctx.location(e.getProblemMark()), "", "not valid YAML: " + e.getProblem() + context);
            return Optional.empty();
        } catch (YamlEngineException e) {
            ctx.problem(new Location(fileName, 1, 1), "", "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (documents.size() > 1) {
            ctx.problem(documents.get(1), "", "the descriptor must be a single YAML document, found "
                    + documents.size() + "; remove the '---' separators");
            return Optional.empty();
        }
        if (documents.isEmpty() || ReadContext.isNull(documents.get(0))) {
            ctx.problem(new Location(fileName, 1, 1), "", "the descriptor is empty; it needs at least the keys name, region and moodle.wwwroot");
            return Optional.empty();
        }
        if (DocumentLimits.expandedChars(documents.get(0)) > DocumentLimits.MAX_EXPANDED_CHARS) {
            ctx.problem(documents.get(0), "", "the descriptor expands to more than " + DocumentLimits.MAX_EXPANDED_CHARS
                    + " characters through its aliases (*name); write the values out, or use fewer aliases");
            return Optional.empty();
        }
        return Optional.of(documents.get(0));
    }

    static DescriptorException single(String fileName, String message) {
        return single(Location.ofFile(fileName), message);
    }

    static DescriptorException single(Location at, String message) {
        return new DescriptorException(List.of(new DescriptorProblem(at, "", message)));
    }
}
