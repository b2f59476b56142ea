package dev.moodleaws.core.deploy;

/** What a change set will do to one resource. */
public enum ChangeAction {
    ADD, MODIFY, REMOVE, IMPORT, DYNAMIC, UNKNOWN;

    static ChangeAction of(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value) {
            case "Add" -> ADD;
            case "Modify" -> MODIFY;
            case "Remove" -> REMOVE;
            case "Import" -> IMPORT;
            case "Dynamic" -> DYNAMIC;
            default -> UNKNOWN;
        };
    }
}
