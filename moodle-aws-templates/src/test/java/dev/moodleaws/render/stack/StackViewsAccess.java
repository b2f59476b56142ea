package dev.moodleaws.render.stack;

/** Lets the render tests outside this package read package-private facts of {@link StackViews}. */
public final class StackViewsAccess {
    private StackViewsAccess() {
    }

    public static String signalLines(String resource) {
        return StackViews.signalLines(resource);
    }
}
