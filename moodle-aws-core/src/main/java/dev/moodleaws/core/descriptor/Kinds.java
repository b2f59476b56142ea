package dev.moodleaws.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moodleaws.core.model.NamedValue;
import dev.moodleaws.core.text.SecretShapes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The value types of the descriptor. */
final class Kinds {
    /** Where the schema keeps the definition of a {@code ${name}} placeholder. */
    static final String PLACEHOLDER_REF = "#/$defs/placeholder";
    /** A value that has a type (number, boolean, choice) may be one placeholder, and nothing else. */
    static final String WHOLE_PLACEHOLDER_PATTERN = "^\\$\\{[^}]+\\}$";
    /** Where the schema keeps the definition of text holding a placeholder (not the escape {@code $${x}}). */
    static final String TEXT_PLACEHOLDER_REF = "#/$defs/textWithPlaceholder";
    static final String TEXT_PLACEHOLDER_PATTERN = "(?<!\\$)\\$\\{[^}]+\\}";
    /** Characters the reader refuses in every value (see {@code ControlCharacters}), as a JSON Schema pattern. */
    static final String REFUSED_CHARACTER = "[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029\\ufeff\\ud800-\\udfff]";
    /** A number the reader takes as written has at most this many characters. */
    static final int NUMBER_CHARS = 40;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,10}");

    private Kinds() {
    }

    static Kind<Integer> integer(Integer min, Integer max) {
        return new IntegerKind(min, max);
    }

    static Kind<Boolean> bool() {
        return BooleanKind.INSTANCE;
    }

    /** Any text. */
    static Kind<String> string() {
        return new StringKind(false, null, null, null);
    }

    /** Text that YAML may also read as a number, such as a version {@code 8.0}: the text is kept as written. */
    static Kind<String> numericText() {
        return new StringKind(true, null, null, null);
    }

    /** Text matching a pattern (the JSON Schema uses the same regular expression). */
    static Kind<String> pattern(String regex, String help) {
        Pattern p = Pattern.compile(regex);
        return new StringKind(false, regex, help, s -> p.matcher(s).matches());
    }

    /** Text or number matching a pattern, also checked by {@code check}. */
    static Kind<String> numericPattern(String regex, String help, Predicate<String> check) {
        Pattern p = Pattern.compile(regex);
        return new StringKind(true, regex, help, s -> p.matcher(s).matches() && check.test(s));
    }

    /** One of the spellings of a {@link NamedValue} enum. */
    static <E extends Enum<E> & NamedValue> Kind<E> choice(Class<E> type) {
        return new ChoiceKind<>(List.of(type.getEnumConstants()), NamedValue::value);
    }

    /** One of a fixed set of values, each with its spelling; spellings that look like numbers may be written as numbers. */
    static <T> Kind<T> choice(List<T> values, Function<T, String> spelling) {
        return new ChoiceKind<>(values, spelling);
    }

    static <T> Kind<List<T>> list(Kind<T> item, String typeName) {
        return new ListKind<>(item, typeName);
    }

    static <V> Kind<Map<String, V>> map(Kind<V> value, String typeName, String allowed) {
        return new MapKind<>(value, typeName, allowed);
    }

    /** Any single value, kept as its text (tag values). */
    static Kind<String> scalarText() {
        return ScalarTextKind.INSTANCE;
    }

    /** Any single value, kept as a string, integer, decimal or boolean (forced Moodle settings). */
    static Kind<Object> settingValue() {
        return SettingValueKind.INSTANCE;
    }

    /** The scalar, or a problem naming what was expected. */
    private static Optional<ScalarNode> scalar(Node node, String path, ReadContext ctx, String expected) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s);
        }
        ctx.problem(node, path, "expected " + expected + ", got " + Values.describe(node));
        return Optional.empty();
    }

    /** The schema of a value that may also be written as a placeholder. */
    private static void orPlaceholder(ObjectNode target, ObjectNode literal) {
        orPlaceholder(target, literal, PLACEHOLDER_REF);
    }

    private static void orPlaceholder(ObjectNode target, ObjectNode literal, String placeholderRef) {
        ArrayNode anyOf = target.putArray("anyOf");
        anyOf.add(literal);
        anyOf.add(JSON.objectNode().put("$ref", placeholderRef));
        refuseControlCharacters(target);
    }

    /** The schema side of the reader's refusal of control characters and secret-shaped text in every value. */
    static void refuseControlCharacters(ObjectNode target) {
        target.putObject("not").put("type", "string").put("pattern",
                String.join("|", REFUSED_CHARACTER, SecretShapes.ANY_REGEX, SecretNames.SECRET_PLACEHOLDER_REGEX));
    }

    /** A problem unless a placeholder in a typed value is the whole value; true when it is fine. */
    private static boolean placeholderIsWhole(ScalarNode s, String path, ReadContext ctx) {
        if (ReadContext.hasPlaceholder(s) && !ReadContext.isWholePlaceholder(s)) {
            ctx.problem(s, path, "a placeholder must be the whole value here, like ${name}");
            return false;
        }
        return true;
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    private record IntegerKind(Integer min, Integer max) implements Kind<Integer> {

        private String expected() {
            if (min != null && max != null) {
                return "an integer from " + min + " to " + max;
            }
            if (min != null) {
                return "an integer of at least " + min;
            }
            return max != null ? "an integer of at most " + max : "an integer";
        }

        @Override
        public Optional<Integer> read(Node node, String path, ReadContext ctx) {
            Optional<ScalarNode> s = scalar(node, path, ctx, expected());
            if (s.isEmpty()) {
                return Optional.empty();
            }
            boolean placeholder = ReadContext.isWholePlaceholder(s.get());
            // 2.0 and 1e3 are integers to JSON Schema, so they are here: a number without a fraction.
            boolean integral = Tag.FLOAT.equals(node.getTag()) && YamlIntegers.integral(s.get().getValue()).isPresent();
            if (!Tag.INT.equals(node.getTag()) && !integral && !placeholder) {
                ctx.problem(node, path, "expected " + expected() + ", got " + Values.describe(node));
                return Optional.empty();
            }
            Optional<String> text = ctx.text(s.get(), path).map(t -> placeholder ? t
                    : integral ? YamlIntegers.integral(t).orElseThrow() : YamlIntegers.decimal(t));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (!DECIMAL.matcher(text.get()).matches()) {
                ctx.problem(node, path, "expected " + expected() + " written in decimal digits, got " + Values.quoted(text.get()));
                return Optional.empty();
            }
            long value = Long.parseLong(text.get());
            long low = min == null ? Integer.MIN_VALUE : min;
            long high = max == null ? Integer.MAX_VALUE : max;
            if (value < low || value > high) {
                ctx.problem(node, path, "expected " + expected() + ", got " + value);
                return Optional.empty();
            }
            return Optional.of((int) value);
        }

        @Override
        public String typeName() {
            return "integer";
        }

        @Override
        public String allowed() {
            if (min != null && max != null) {
                return min + " to " + max;
            }
            if (min != null) {
                return "at least " + min;
            }
            return max != null ? "at most " + max : "";
        }

        @Override
        public void schema(ObjectNode target) {
            ObjectNode literal = JSON.objectNode().put("type", "integer");
            literal.put("minimum", min == null ? Integer.MIN_VALUE : min);
            literal.put("maximum", max == null ? Integer.MAX_VALUE : max);
            orPlaceholder(target, literal);
        }

        @Override
        public JsonNode toJson(Integer value) {
            return JSON.numberNode(value);
        }

        @Override
        public String toText(Integer value) {
            return code(value.toString());
        }
    }

    private enum BooleanKind implements Kind<Boolean> {
        INSTANCE;

        @Override
        public Optional<Boolean> read(Node node, String path, ReadContext ctx) {
            Optional<ScalarNode> s = scalar(node, path, ctx, "true or false");
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (!Tag.BOOL.equals(node.getTag()) && !ReadContext.isWholePlaceholder(s.get())) {
                ctx.problem(node, path, "expected true or false, got " + Values.describe(node));
                return Optional.empty();
            }
            Optional<String> text = ctx.text(s.get(), path);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String t = text.get().toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false")) {
                ctx.problem(node, path, "expected true or false, got " + Values.quoted(text.get()));
                return Optional.empty();
            }
            return Optional.of(Boolean.parseBoolean(t));
        }

        @Override
        public String typeName() {
            return "boolean";
        }

        @Override
        public String allowed() {
            return "`true`, `false`";
        }

        @Override
        public void schema(ObjectNode target) {
            orPlaceholder(target, JSON.objectNode().put("type", "boolean"));
        }

        @Override
        public JsonNode toJson(Boolean value) {
            return JSON.booleanNode(value);
        }

        @Override
        public String toText(Boolean value) {
            return code(value.toString());
        }
    }

    private record StringKind(boolean numbersAllowed, String regex, String help, Predicate<String> check) implements Kind<String> {

        @Override
        public Optional<String> read(Node node, String path, ReadContext ctx) {
            Optional<ScalarNode> s = scalar(node, path, ctx, "a string");
            if (s.isEmpty()) {
                return Optional.empty();
            }
            Tag tag = node.getTag();
            boolean number = Tag.INT.equals(tag) || Tag.FLOAT.equals(tag);
            // A plain ${name} is tagged as an environment variable by the YAML schema: it is text here.
            if (!Tag.STR.equals(tag) && !(numbersAllowed && number) && !ReadContext.hasPlaceholder(s.get())) {
                ctx.problem(node, path, "expected a string, got " + Values.describe(node) + "; put it in quotes to use it as text");
                return Optional.empty();
            }
            Optional<String> text = ctx.text(s.get(), path);
            if (text.isPresent() && check != null && !check.test(text.get())) {
                ctx.problem(node, path, Values.quoted(text.get()) + " is not allowed: " + help);
                return Optional.empty();
            }
            return text;
        }

        @Override
        public String typeName() {
            return numbersAllowed ? "string or number" : "string";
        }

        @Override
        public String allowed() {
            return help == null ? "" : help;
        }

        @Override
        public void schema(ObjectNode target) {
            if (regex == null) {
                putType(target);
                refuseControlCharacters(target);
                return;
            }
            ObjectNode literal = JSON.objectNode();
            putType(literal);
            literal.put("pattern", regex);
            orPlaceholder(target, literal, TEXT_PLACEHOLDER_REF);
        }

        private void putType(ObjectNode target) {
            if (numbersAllowed) {
                target.putArray("type").add("string").add("number");
            } else {
                target.put("type", "string");
            }
        }

        @Override
        public JsonNode toJson(String value) {
            return JSON.textNode(value);
        }

        @Override
        public String toText(String value) {
            return code(value);
        }
    }

    private static final class ChoiceKind<T> implements Kind<T> {
        private final Map<String, T> bySpelling = new LinkedHashMap<>();
        private final Function<T, String> spelling;

        ChoiceKind(List<T> values, Function<T, String> spelling) {
            this.spelling = spelling;
            values.forEach(v -> bySpelling.put(spelling.apply(v), v));
        }

        @Override
        public Optional<T> read(Node node, String path, ReadContext ctx) {
            Optional<ScalarNode> s = scalar(node, path, ctx, "one of " + list());
            if (s.isEmpty() || !placeholderIsWhole(s.get(), path, ctx)) {
                return Optional.empty();
            }
            Optional<String> text = ctx.text(s.get(), path);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            T value = bySpelling.get(text.get());
            if (value == null && (Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
                value = byNumber(text.get());
            }
            if (value == null) {
                String hint = Suggestions.closest(text.get(), bySpelling.keySet()).map(v -> "; did you mean '" + v + "'?").orElse("");
                ctx.problem(node, path, Values.quoted(text.get()) + " is not allowed; use one of " + list() + hint);
                return Optional.empty();
            }
            return Optional.of(value);
        }

        /** A number written without quotes is the spelling of equal value ({@code 5} is {@code 5.0}), as for the schema. */
        private T byNumber(String text) {
            Optional<BigDecimal> n = YamlIntegers.plainDecimal(text);
            if (n.isEmpty()) {
                return null;
            }
            for (Map.Entry<String, T> e : bySpelling.entrySet()) {
                if (numeric(e.getKey()) && new BigDecimal(e.getKey()).compareTo(n.get()) == 0) {
                    return e.getValue();
                }
            }
            return null;
        }

        private String list() {
            return bySpelling.keySet().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
        }

        private boolean numeric(String text) {
            return text.matches("\\d+(\\.\\d+)?");
        }

        @Override
        public String typeName() {
            return "string";
        }

        @Override
        public String allowed() {
            return bySpelling.keySet().stream().map(Kinds::code).collect(Collectors.joining(", "));
        }

        @Override
        public void schema(ObjectNode target) {
            ObjectNode literal = JSON.objectNode();
            ArrayNode values = literal.putArray("enum");
            bySpelling.keySet().forEach(values::add);
            // YAML reads an unquoted 4.5 as a number: the reader takes its text, so the schema accepts it too.
            bySpelling.keySet().stream().filter(this::numeric).forEach(v -> values.add(new BigDecimal(v)));
            orPlaceholder(target, literal);
        }

        @Override
        public JsonNode toJson(T value) {
            return JSON.textNode(spelling.apply(value));
        }

        @Override
        public String toText(T value) {
            return code(spelling.apply(value));
        }
    }

    private record ListKind<T>(Kind<T> item, String typeName) implements Kind<List<T>> {

        @Override
        public Optional<List<T>> read(Node node, String path, ReadContext ctx) {
            if (!(node instanceof SequenceNode seq)) {
                ctx.problem(node, path, "expected a list (" + typeName + "), got " + Values.describe(node)
                        + "; write each item on its own line after '- '");
                return Optional.empty();
            }
            List<T> out = new ArrayList<>(seq.getValue().size());
            boolean ok = true;
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node itemNode = seq.getValue().get(i);
                String itemPath = path + "[" + i + "]";
                ctx.written(itemPath, itemNode);
                if (ReadContext.isNull(itemNode)) {
                    ctx.problem(itemNode, itemPath, "list item has no value");
                    ok = false;
                    continue;
                }
                Optional<T> v = item.read(itemNode, itemPath, ctx);
                v.ifPresent(out::add);
                ok &= v.isPresent();
            }
            return ok ? Optional.of(Collections.unmodifiableList(out)) : Optional.empty();
        }

        @Override
        public String allowed() {
            return item.allowed().isEmpty() ? "" : "each: " + item.allowed();
        }

        @Override
        public void schema(ObjectNode target) {
            target.put("type", "array");
            item.schema(target.putObject("items"));
        }

        @Override
        public JsonNode toJson(List<T> value) {
            ArrayNode a = JSON.arrayNode();
            value.forEach(v -> a.add(item.toJson(v)));
            return a;
        }

        @Override
        public String toText(List<T> value) {
            return value.isEmpty() ? "empty" : value.stream().map(v -> item.toText(v)).collect(Collectors.joining(", "));
        }

        @Override
        public List<Section<?, ?>> sections() {
            return item.sections();
        }
    }

    private record MapKind<V>(Kind<V> value, String typeName, String allowed) implements Kind<Map<String, V>> {

        @Override
        public Optional<Map<String, V>> read(Node node, String path, ReadContext ctx) {
            if (!(node instanceof MappingNode map)) {
                ctx.problem(node, path, "expected a map (" + typeName + "), got " + Values.describe(node));
                return Optional.empty();
            }
            Map<String, V> out = new LinkedHashMap<>();
            boolean ok = true;
            for (Entries.Entry e : Entries.of(map, path, ctx)) {
                if (SecretNames.looksSecret(e.name())) {
                    ctx.secret(e.path(), e.value());
                    continue;
                }
                ctx.written(e.path(), e.value() instanceof MappingNode ? e.key() : e.value());
                if (ReadContext.isNull(e.value())) {
                    ctx.problem(e.value(), e.path(), "needs a value (" + value.typeName() + ")");
                    ok = false;
                    continue;
                }
                Optional<V> v = value.read(e.value(), e.path(), ctx);
                v.ifPresent(x -> out.put(e.name(), x));
                ok &= v.isPresent();
            }
            return ok ? Optional.of(Collections.unmodifiableMap(out)) : Optional.empty();
        }

        @Override
        public void schema(ObjectNode target) {
            target.put("type", "object");
            ObjectNode names = target.putObject("propertyNames").put("minLength", 1);
            refuseControlCharacters(names);
            value.schema(target.putObject("additionalProperties"));
        }

        @Override
        public JsonNode toJson(Map<String, V> v) {
            ObjectNode o = JSON.objectNode();
            v.forEach((k, x) -> o.set(k, value.toJson(x)));
            return o;
        }

        @Override
        public String toText(Map<String, V> v) {
            return v.isEmpty() ? "empty" : v.entrySet().stream()
                    .map(e -> code(e.getKey() + ": " + value.toText(e.getValue()).replace("`", "")))
                    .collect(Collectors.joining(", "));
        }
    }

    /** A value written as a string, a number or a boolean: the schema accepts all three. */
    private static void anyScalar(ObjectNode target) {
        target.putArray("type").add("string").add("number").add("boolean");
        refuseControlCharacters(target);
    }

    private enum ScalarTextKind implements Kind<String> {
        INSTANCE;

        @Override
        public Optional<String> read(Node node, String path, ReadContext ctx) {
            return scalar(node, path, ctx, "a single value").flatMap(s -> ctx.text(s, path));
        }

        @Override
        public String typeName() {
            return "string";
        }

        @Override
        public void schema(ObjectNode target) {
            anyScalar(target);
        }

        @Override
        public JsonNode toJson(String value) {
            return JSON.textNode(value);
        }

        @Override
        public String toText(String value) {
            return code(value);
        }
    }

    private enum SettingValueKind implements Kind<Object> {
        INSTANCE;

        @Override
        public Optional<Object> read(Node node, String path, ReadContext ctx) {
            Optional<ScalarNode> s = scalar(node, path, ctx, "a single value (string, number or boolean)");
            if (s.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> text = ctx.text(s.get(), path);
            if (text.isEmpty() || ReadContext.hasPlaceholder(s.get())) {
                return text.map(t -> t);
            }
            String t = text.get();
            Tag tag = node.getTag();
            if (Tag.BOOL.equals(tag)) {
                return Optional.of(Boolean.parseBoolean(t.toLowerCase(Locale.ROOT)));
            }
            if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                Optional<BigDecimal> n = YamlIntegers.plainDecimal(Tag.INT.equals(tag) ? YamlIntegers.decimal(t) : t);
                if (n.isEmpty()) {
                    ctx.problem(node, path, "the number " + Values.quoted(t) + " cannot be written in config.php as a decimal of at most "
                            + NUMBER_CHARS + " characters (.inf, .nan, huge exponents are refused); put it in quotes if it is text");
                    return Optional.empty();
                }
                BigDecimal d = n.get();
                if (Tag.INT.equals(tag) && d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                        && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return Optional.of(d.intValueExact());
                }
                return Optional.of(Tag.INT.equals(tag) ? (Object) d.toBigIntegerExact() : (Object) d);
            }
            return Optional.of(t);
        }

        @Override
        public String typeName() {
            return "string, number or boolean";
        }

        @Override
        public void schema(ObjectNode target) {
            anyScalar(target);
        }

        @Override
        public JsonNode toJson(Object value) {
            return JSON.pojoNode(value);
        }

        @Override
        public String toText(Object value) {
            return code(String.valueOf(value));
        }
    }
}
