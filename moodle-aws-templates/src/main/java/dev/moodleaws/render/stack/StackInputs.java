package dev.moodleaws.render.stack;

import dev.moodleaws.core.model.CodeSourceType;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.Effective;
import dev.moodleaws.core.resolve.SourceLookup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of the template parameters that pin what the nodes run: the exact commit of the code
 * ref (or the version of the S3 archive), the commit of each git plugin's ref (and the SHA-256 of
 * each plugin archive) and the machine image of each kind of node. Plan and
 * deploy look them up just before the change set, so the change set shows a moved branch, a new
 * archive or a new image as a parameter change and a replacement of the nodes, and nothing changes
 * them between deploys: a replaced stable node reinstalls the same commit on the same image. A baked
 * site pins one base image, from which the stack bakes the image of both kinds of node.
 */
public final class StackInputs {
    private StackInputs() {
    }

    /** The parameter values of {@code d}'s template, by parameter name, answered by {@code lookup}. */
    public static Map<String, String> resolve(Deployment d, SourceLookup lookup) {
        Map<String, String> out = new LinkedHashMap<>();
        var code = d.moodle().code();
        if (code.type() == CodeSourceType.S3) {
            String location = code.repository().substring("s3://".length());
            int slash = location.indexOf('/');
            out.put(LogicalIds.CODE_VERSION, lookup.objectVersion(location.substring(0, slash), location.substring(slash + 1)));
        } else {
            out.put(LogicalIds.CODE_VERSION, lookup.commit(code.repository(), Effective.codeRef(d.moodle())));
        }
        if (!d.moodle().plugins().isEmpty()) {
            out.put(LogicalIds.PLUGIN_VERSIONS, PluginVersions.of(d, lookup).value());
        }
        if (d.images().baked()) {
            out.put(ImageBakes.BASE_IMAGE, lookup.parameter(StackViews.stableImageParameter(d)));
        } else {
            out.put(LogicalIds.WEB_IMAGE, lookup.parameter(StackViews.webImageParameter(d)));
            out.put(LogicalIds.STABLE_IMAGE, lookup.parameter(StackViews.stableImageParameter(d)));
        }
        return out;
    }
}
