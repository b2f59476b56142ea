package dev.moodleaws.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
    private static final String REFRESH = "moodle-aws.refreshDocs";

    @Test
    void theStandardCatalogHasUniqueWellFormedIds() {
        RuleCatalog catalog = RuleCatalog.standard();
        assertEquals(List.of(), catalog.problems());
        for (RuleInfo rule : catalog.rules()) {
            assertTrue(rule.id().matches("[A-Z]{2,6}-\\d{3}"), rule.id());
            assertFalse(rule.title().endsWith("."), rule.id() + " title is a line, not a sentence: " + rule.title());
        }
    }

    @Test
    void everyRuleClassWrittenIsInTheCatalogOnce() throws Exception {
        Path classes = Path.of(ModelRule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> written = new java.util.ArrayList<>();
        try (var files = Files.walk(classes.resolve("dev/moodleaws/core/validate"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                boolean rule = ModelRule.class.isAssignableFrom(type) || ArtifactRule.class.isAssignableFrom(type);
                if (!rule || type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())
                        || type.isAnonymousClass() || type.isSynthetic()) {
                    continue;
                }
                java.lang.reflect.Constructor<?> make;
                try {
                    make = type.getDeclaredConstructor();
                } catch (NoSuchMethodException e) {
                    continue;
                }
                make.setAccessible(true);
                Object instance = make.newInstance();
                written.add(instance instanceof ModelRule m ? m.info().id() : ((ArtifactRule) instance).info().id());
            }
        }
        assertTrue(written.size() > 50, "the scan found the rule classes: " + written.size());
        RuleCatalog catalog = RuleCatalog.standard();
        List<String> missing = written.stream().filter(id -> !catalog.contains(id)).toList();
        assertEquals(List.of(), missing, "rule classes that are not registered in StandardRules");
        List<String> ids = catalog.rules().stream().map(RuleInfo::id).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "each rule is listed once: " + ids);
        assertEquals(RuleCatalog.suppressionRules(), catalog.rules().subList(ids.size()
                - RuleCatalog.suppressionRules().size(), ids.size()), "the validator's own rules come last");
    }

    @Test
    void theSuppressionRulesAreInTheCatalog() {
        RuleCatalog catalog = RuleCatalog.standard();
        assertEquals(RuleCatalog.UNKNOWN_RULE, catalog.find("SUPP-001").orElseThrow());
        assertEquals(RuleCatalog.UNUSED_SUPPRESSION, catalog.find("SUPP-002").orElseThrow());
        assertEquals(RuleCatalog.MISSING_REASON, catalog.find("SUPP-003").orElseThrow());
        assertEquals(Severity.WARNING, RuleCatalog.UNUSED_SUPPRESSION.severity());
        assertTrue(catalog.find("SUPP-999").isEmpty());
    }

    @Test
    void duplicateIdsAndBlankFixesAreProblems() {
        RuleInfo first = FixedRules.ENGINE;
        RuleInfo again = new RuleInfo(first.id(), Severity.INFO, "Another rule", " ", RuleSource.AWS, "");
        RuleCatalog catalog = new RuleCatalog(List.of(first, again, FixedRules.TYPES));

        assertEquals(List.of("TDB-004 is used by more than one rule", "TDB-004 needs a fix"), catalog.problems());
        assertEquals(first, catalog.find("TDB-004").orElseThrow(), "lookup keeps the first");
    }

    @Test
    void markdownGroupsRulesByPrefixInCatalogOrderAndSortsWithinAGroup() {
        RuleInfo later = new RuleInfo("TDB-001", Severity.WARNING, "Backups are kept for 7 days",
                "Set database.backupRetentionDays to 7 or more.", RuleSource.GUIDE, "Database");
        String md = new RuleCatalog(List.of(FixedRules.ENGINE, FixedRules.TYPES, later)).markdown();

        assertTrue(md.startsWith("# Rule reference\n"), md);
        assertTrue(md.contains("generated"), "the page says it is generated");
        assertTrue(md.contains("3 rules in 2 groups."), md);
        int db = md.indexOf("\n## TDB\n");
        int web = md.indexOf("\n## TWEB\n");
        int db1 = md.indexOf("### TDB-001: Backups are kept for 7 days");
        int db4 = md.indexOf("### TDB-004: The database engine version is supported by the Moodle version");
        assertTrue(db >= 0 && web > db, md);
        assertTrue(db < db1 && db1 < db4 && db4 < web, md);
        assertTrue(md.contains("- Severity: error\n- Fix: Set database.engineVersion to a version the Moodle release"
                + " supports.\n- Source: Moodle (<https://moodledev.io/general/releases>)\n"), md);
        assertTrue(md.contains("- Source: the high-availability Moodle on AWS guide (Spot web fleet)\n"), md);
    }

    @Test
    void markdownIsTheSameOnEveryCall() {
        assertEquals(RuleCatalog.standard().markdown(), RuleCatalog.standard().markdown());
    }

    /**
     * The committed {@code docs/rules.md} matches the catalog. With
     * {@code -Dmoodle-aws.refreshDocs=true} the test rewrites it instead.
     */
    @Test
    void theCommittedRuleReferenceIsCurrent() throws IOException {
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path docs = moduleDir.resolve("../docs/rules.md").normalize();
        String expected = RuleCatalog.standard().markdown();

        if (Boolean.getBoolean(REFRESH)) {
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, expected, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
        if (!committed.equals(expected)) {
            fail(docs + " is out of date with the rule catalog. Refresh it with:\n"
                    + "  ./mvnw -B -o test -pl moodle-aws-core -Dtest=RuleCatalogTest -D" + REFRESH + "=true\n"
                    + "and commit the result.");
        }
    }
}
