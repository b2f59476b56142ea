package dev.moodleaws.render.instance;

import dev.moodleaws.core.model.Database;
import dev.moodleaws.core.model.DatabaseEngine;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.model.LoadBalancer;
import dev.moodleaws.core.model.Moodle;
import dev.moodleaws.core.model.MoodleVersion;
import dev.moodleaws.core.model.OperatingSystem;
import dev.moodleaws.core.model.WebServer;
import dev.moodleaws.render.TemplateEngine;
import java.util.function.UnaryOperator;

/** Deployments and rendering shared by the instance tests. */
final class Fixtures {
    static final InstanceRenderer RENDERER = new InstanceRenderer(TemplateEngine.builtIn());

    private Fixtures() {
    }

    static Moodle.Builder moodle() {
        return Moodle.builder().wwwroot("https://learn.example.org");
    }

    static Deployment deployment(UnaryOperator<Moodle.Builder> moodle) {
        return Deployment.builder().name("campus").region("eu-west-1")
                .moodle(moodle.apply(moodle()).build())
                .loadBalancer(LoadBalancer.builder()
                        .certificateArn("arn:aws:acm:eu-west-1:123456789012:certificate/0f6c1d2e-1111-2222-3333-444455556666")
                        .build())
                .build();
    }

    static Deployment deployment() {
        return deployment(m -> m);
    }

    static Deployment of(MoodleVersion version, DatabaseEngine engine, OperatingSystem os, WebServer server) {
        Deployment d = deployment(m -> m.version(version).os(os).webServer(server));
        return d.toBuilder().database(Database.builder().engine(engine).build()).build();
    }

    static InstanceArtifacts render(Deployment d) {
        return RENDERER.render(d);
    }
}
