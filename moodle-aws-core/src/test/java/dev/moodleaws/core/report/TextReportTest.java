package dev.moodleaws.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moodleaws.core.validate.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
    @Test
    void oneCompilerStyleLinePerFindingThenItsFixThenASummary() {
        String text = TextReport.render(Reports.located(), "site/moodle-aws.yaml");

        assertEquals(List.of(
                "cloudformation.yaml:88: error TCFN-001: the database has no DeletionPolicy",
                "    fix: Keep DeletionPolicy: Snapshot on the database.",
                "site/moodle-aws.yaml: cache.nodeType: info TWEB-009: cache.t4g.micro has little memory",
                "    fix: Keep the On-Demand base capacity above zero.",
                "site/moodle-aws.yaml:12:5: error TDB-004: engine version 5.7 is too old for Moodle 5.0",
                "    fix: Set database.engineVersion to a version the Moodle release supports.",
                "site/moodle-aws.yaml:22:7: warning TWEB-003: m5.large repeats the family of m5.xlarge"
                        + " (suppressed: two families suffice for this site)",
                "2 errors, 0 warnings, 1 info, 1 suppressed"), text.lines().toList());
        assertEquals('\n', text.charAt(text.length() - 1));
    }

    @Test
    void withoutALocationTheKeyPathLeadsTheLine() {
        List<String> lines = TextReport.render(Reports.unlocated(), "moodle-aws.yaml").lines().toList();

        assertEquals("database.engineVersion: error TDB-004: engine version 5.7 is too old for Moodle 5.0", lines.get(0));
        assertEquals("web.instanceTypes[1]: warning TWEB-003: m5.large repeats the family of m5.xlarge"
                + " (suppressed: two families suffice for this site)", lines.get(2));
        assertEquals("cache.nodeType: info TWEB-009: cache.t4g.micro has little memory", lines.get(3));
        assertEquals("cloudformation.yaml:88: error TCFN-001: the database has no DeletionPolicy", lines.get(5));
    }

    @Test
    void theSummaryCountsOneOfEachInTheSingular() {
        Report report = Reports.located();
        Report oneError = new Report(report.findings().stream()
                .filter(f -> f.rule().id().equals("TDB-004") || f.rule().id().equals("TWEB-003")).toList());
        assertEquals("1 error, 0 warnings, 0 info, 1 suppressed", TextReport.summary(oneError));
        assertEquals("0 errors, 0 warnings, 0 info, 0 suppressed\n", TextReport.render(Report.empty(), "x.yaml"));
    }

    @Test
    void theSameReportGivesTheSameText() {
        assertEquals(TextReport.render(Reports.located(), "moodle-aws.yaml"),
                TextReport.render(Reports.located(), "moodle-aws.yaml"));
    }
}
