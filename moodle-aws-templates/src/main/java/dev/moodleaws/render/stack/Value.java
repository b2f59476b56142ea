package dev.moodleaws.render.stack;

import java.util.List;
import java.util.Objects;

/**
 * One value of the template: a literal, a {@code Ref}, an {@code Fn::GetAtt}, the n-th availability
 * zone of the region or of a list parameter, or an {@code Fn::Join} of values. The template prints it through one macro,
 * so every reference it holds is decided here.
 *
 * @param kind      {@code literal}, {@code ref}, {@code getatt}, {@code az}, {@code join}, {@code without} or {@code stackid}
 * @param literal   the text of a literal; the text a {@code without} removes
 * @param target    the logical ID or parameter a reference names; for an {@code az}, the list parameter of
 *                  zones, or null for the region's zones
 * @param attribute the attribute of an {@code Fn::GetAtt}
 * @param index     the zone index of an {@code az}
 * @param parts     the parts of a {@code join}; the one value of a {@code without}
 */
public record Value(String kind, String literal, String target, String attribute, int index, List<Value> parts) {
    public Value {
        Objects.requireNonNull(kind, "kind");
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public static Value literal(String text) {
        return new Value("literal", Objects.requireNonNull(text, "text"), null, null, 0, null);
    }

    public static Value ref(String target) {
        return new Value("ref", null, Objects.requireNonNull(target, "target"), null, 0, null);
    }

    public static Value getAtt(String target, String attribute) {
        return new Value("getatt", null, target, attribute, 0, null);
    }

    /** The {@code index}-th availability zone of the stack's region. */
    public static Value zone(int index) {
        return new Value("az", null, null, null, index, null);
    }

    /**
     * The {@code index}-th zone of the list parameter {@code parameter}: named zones reach resources through
     * a parameter, since a zone name written into a resource ties the template to one account's zones.
     */
    public static Value zone(String parameter, int index) {
        return new Value("az", null, Objects.requireNonNull(parameter, "parameter"), null, index, null);
    }

    /** The first eight hex digits of the stack's UUID: different for every stack, even of the same name. */
    public static Value stackIdPart() {
        return new Value("stackid", null, null, null, 0, null);
    }

    /** The values concatenated ({@code Fn::Join} with an empty separator). */
    public static Value join(Value... parts) {
        return new Value("join", null, null, null, 0, List.of(parts));
    }

    /** {@code value} without any {@code text} in it ({@code Fn::Split} on it, then {@code Fn::Join} with nothing). */
    public static Value without(String text, Value value) {
        return new Value("without", Objects.requireNonNull(text, "text"), null, null, 0, List.of(value));
    }

    /** An ARN in the stack's partition: {@code arn:<partition>:<rest>}. */
    public static Value arn(Value... rest) {
        Value[] parts = new Value[rest.length + 2];
        parts[0] = literal("arn:");
        parts[1] = ref("AWS::Partition");
        System.arraycopy(rest, 0, parts, 2, rest.length);
        return join(parts);
    }
}
