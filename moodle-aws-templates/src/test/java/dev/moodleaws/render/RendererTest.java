package dev.moodleaws.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodleaws.core.bundle.Bundle;
import dev.moodleaws.core.bundle.BundleFile;
import dev.moodleaws.core.model.Deployment;
import dev.moodleaws.core.validate.RuleSet;
import dev.moodleaws.core.validate.Findings;
import dev.moodleaws.core.validate.ModelRule;
import dev.moodleaws.core.validate.RuleInfo;
import dev.moodleaws.core.validate.RuleSource;
import dev.moodleaws.core.validate.Severity;
import dev.moodleaws.core.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static ModelRule finding(Severity severity) {
        return new ModelRule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("TEST-001", severity, "test", "test", RuleSource.MOODLE_AWS, "test");
            }

            @Override
            public void check(Deployment deployment, Findings out) {
                out.at("name", "always");
            }
        };
    }

    @Test
    void aDeploymentWithErrorsIsRefusedWithItsReport() {
        Renderer r = new Renderer(TemplateEngine.builtIn(), new Validator(List.of(finding(Severity.ERROR)), RuleSet.standard().artifactRules()));
        RenderRefusedException e = assertThrows(RenderRefusedException.class, () -> r.render(Deployments.quickstart()));
        assertEquals("TEST-001", e.report().findings().get(0).rule().id());
    }

    @Test
    void warningsDoNotRefuseAndTheBundleHoldsTemplateDiagramAndInstanceFiles() {
        Renderer r = new Renderer(TemplateEngine.builtIn(), new Validator(List.of(finding(Severity.WARNING)), RuleSet.standard().artifactRules()));
        RenderResult result = r.render(Deployments.quickstart());
        assertEquals(1, result.modelReport().findings().size());
        List<String> paths = result.bundle().files().stream().map(BundleFile::path).toList();
        assertEquals(Bundle.TEMPLATE, paths.get(0));
        assertEquals(Renderer.DIAGRAM, paths.get(1));
        assertTrue(paths.contains("instances/web-user-data.sh"));
        assertTrue(result.bundle().file("instances/web-user-data.sh").orElseThrow().executable());
        assertFalse(result.hasErrors());
    }

    @Test
    void theDiagramShowsTheFleetTheDataStoresAndThePorts() {
        String mmd = new Renderer(TemplateEngine.builtIn()).render(Deployments.production()).bundle().content(Renderer.DIAGRAM);
        assertTrue(mmd.startsWith("flowchart LR\n"));
        assertTrue(mmd.contains("across 3 availability zones"));
        assertTrue(mmd.contains("m7i.xlarge, m6i.xlarge, m5.xlarge, c7i.xlarge, c6i.xlarge, r6i.large"));
        assertTrue(mmd.contains("min 3 / desired 6 / max 24"));
        assertTrue(mmd.contains("writer + 2 reader(s)"));
        for (String edge : List.of("internet -->|\"443, 80\"| alb", "alb -->|\"80\"| web", "web -->|\"3306\"| db",
                "stable -->|\"2049\"| efs", "web -->|\"6379\"| cache")) {
            assertTrue(mmd.contains(edge), edge);
        }
        assertTrue(mmd.lines().noneMatch(l -> l.contains("]") && l.contains("[") && l.indexOf(']') < l.indexOf('[')));
        assertFalse(mmd.contains("alb -.->|\"80\"| stable"));
        String existing = new Renderer(TemplateEngine.builtIn()).render(Deployments.existingVpc()).bundle().content(Renderer.DIAGRAM);
        assertTrue(existing.contains("alb -.->|\"80\"| stable"));
        assertTrue(existing.contains("admin -.->|\"22\"| stable"));
    }
}
