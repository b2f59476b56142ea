package org.example.tenants;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one tenant.
 *
 * @param tenant    the tenant
 * @param stackName the CloudFormation stack its site would be deployed as, or null when it was not rendered
 * @param wwwroot   the site address, or null when the descriptor could not be read
 * @param folder    where its bundle was written, or null when it was not rendered
 * @param errorIds  the rule IDs of its errors (empty when the descriptor itself could not be read)
 * @param report    the findings, or the descriptor's problems, as text
 */
public record TenantResult(Tenant tenant, String stackName, String wwwroot, Path folder, List<String> errorIds,
                           String report) {

    /** Whether the tenant's bundle was written. */
    public boolean rendered() {
        return folder != null;
    }
}
