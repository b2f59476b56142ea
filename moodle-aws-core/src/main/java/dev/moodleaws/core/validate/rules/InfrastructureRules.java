package dev.moodleaws.core.validate.rules;

import dev.moodleaws.core.validate.ModelRule;
import java.util.List;

/** Rules on the AWS infrastructure: network, database, file storage, cache, web fleet and load balancer. */
public final class InfrastructureRules {
    private static final List<ModelRule> ALL = List.of(
            new AvailabilityZoneCountRule(),
            new ExistingVpcIdRule(),
            new ExistingSubnetsRule(),
            new SubnetPairsRule(),
            new NatGatewaysPresentRule(),
            new NatGatewayPerZoneRule(),
            new VpcCidrRule(),
            new AvailabilityZoneNamesRule(),
            new ResourceIdFormatRule(),
            new DistinctSubnetsRule(),

            new EngineVersionSupportedRule(),
            new AuroraMajorVersionRule(),
            new MysqlExtendedSupportRule(),
            new BackupRetentionRule(),
            new BackupRetentionWeekRule(),
            new RdsMultiAzRule(),
            new AuroraReadersRule(),
            new RdsReadersIgnoredRule(),
            new MaxAllowedPacketRule(),
            new BufferPoolSizeFormatRule(),
            new StorageEncryptedRule(),
            new DeletionProtectionRule(),
            new ReadFromReplicaRule(),
            new DbInstanceClassRule(),
            new AllocatedStorageRule(),
            new MaxAllowedPacketRangeRule(),

            new EfsPerformanceModeRule(),
            new EfsBurstingThroughputRule(),
            new EfsProvisionedThroughputRule(),
            new EfsThroughputWithoutProvisioningRule(),
            new EfsEncryptedRule(),
            new EfsTlsMountRule(),
            new EfsBackupsRule(),

            new BackupScheduleRule(),
            new ContinuousBackupRetentionRule(),
            new BackupRetentionAgreementRule(),
            new BackupCopyTargetRule(),
            new BackupCopyRegionRule(),
            new RestoreSnapshotRule(),
            new RestoreRecoveryPointRule(),
            new RestoreRegionRule(),

            new CacheReplicaRule(),
            new CacheFailoverReplicaRule(),
            new CacheMultiAzFailoverRule(),
            new CacheAuthNeedsTlsRule(),
            new CacheTransitEncryptionRule(),
            new CacheAtRestEncryptionRule(),
            new CacheEngineVersionRule(),
            new CacheNodeTypeRule(),
            new CacheSmallNodeRule(),
            new CacheReplicaCountRule(),

            new FleetSizeOrderRule(),
            new FleetMinimumSizeRule(),
            new InstanceTypeDiversityRule(),
            new InstanceFamilySpreadRule(),
            new DistinctInstanceTypesRule(),
            new InstanceTypeCountRule(),
            new InstanceTypeFormatRule(),
            new SpotMajorityRule(),
            new SpotAllocationStrategyRule(),
            new CapacityRebalanceRule(),
            new ImdsV2Rule(),
            new EncryptedVolumesRule(),
            new TargetCpuRule(),
            new HealthCheckGracePeriodRule(),
            new SingleArchitectureRule(),
            new FleetLimitsRule(),

            new InstallAtBootLargeSpotFleet(),
            new BakedImageOneArchitecture(),
            new BakedImageWithoutPlugins(),

            new CertificatePresentRule(),
            new CertificateArnRule(),
            new HttpsRedirectRule(),
            new DeregistrationDelayRule(),
            new HealthCheckTimeoutRule(),
            new HealthCheckGuideDefaultsRule(),
            new HealthCheckPathRule(),
            new TlsPolicyRule(),
            new DropInvalidHeadersRule(),
            new AllowedCidrsPresentRule(),
            new AllowedCidrFormatRule(),
            new IdleTimeoutRule(),
            new TargetGroupLimitsRule(),

            new AlertEmailFormatRule());

    private InfrastructureRules() {
    }

    /** Every infrastructure rule, ordered by group (NET, DB, EFS, REDIS, FLEET, IMG, LB, ALERT) then number. Rules hold no state. */
    public static List<ModelRule> all() {
        return ALL;
    }
}
