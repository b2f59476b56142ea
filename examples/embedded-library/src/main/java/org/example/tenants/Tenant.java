package org.example.tenants;

import java.util.Map;

/**
 * One customer's Moodle site: the values that fill the placeholders of {@code tenant-template.yaml}.
 *
 * @param name       the site and stack name, for example {@code tenant-007}
 * @param domain     the site's host name
 * @param size       how large the site is
 */
public record Tenant(String name, String domain, Size size) {

    /** Fleet and database sizes a tenant can choose from. */
    public enum Size {
        SMALL(2, 2, 4, "db.t4g.large"),
        MEDIUM(2, 3, 8, "db.r6g.large"),
        LARGE(3, 6, 16, "db.r6g.xlarge");

        private final int webMin;
        private final int webDesired;
        private final int webMax;
        private final String dbClass;

        Size(int webMin, int webDesired, int webMax, String dbClass) {
            this.webMin = webMin;
            this.webDesired = webDesired;
            this.webMax = webMax;
            this.dbClass = dbClass;
        }
    }

    /** The placeholder values of this tenant. */
    public Map<String, String> properties() {
        return Map.of(
                "tenant", name,
                "domain", domain,
                "dbClass", size.dbClass,
                "webMin", Integer.toString(size.webMin),
                "webDesired", Integer.toString(size.webDesired),
                "webMax", Integer.toString(size.webMax));
    }
}
