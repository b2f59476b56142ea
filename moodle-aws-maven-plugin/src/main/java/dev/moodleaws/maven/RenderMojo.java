package dev.moodleaws.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the descriptor, then renders the CloudFormation template, config.php, the boot
 * scripts, the runbook and the architecture diagram into the output folder. Nothing is written
 * when validation finds errors; the folder is replaced atomically otherwise.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends AbstractRenderingMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        renderAndWrite(readDescriptor());
    }
}
