package dev.moodleaws.core.validate.artifact;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource types a moodle-aws template may use and the properties of each, from the
 * CloudFormation resource type reference. A property missing here is a typo or a property of
 * another type, which CloudFormation would reject only at deploy time.
 */
final class ResourceCatalog {
    private static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
            Map.entry("AWS::EC2::VPC", Set.of("CidrBlock", "EnableDnsHostnames", "EnableDnsSupport", "InstanceTenancy",
                    "Ipv4IpamPoolId", "Ipv4NetmaskLength", "Tags")),
            Map.entry("AWS::EC2::InternetGateway", Set.of("Tags")),
            Map.entry("AWS::EC2::VPCGatewayAttachment", Set.of("InternetGatewayId", "VpcId", "VpnGatewayId")),
            Map.entry("AWS::EC2::Subnet", Set.of("AssignIpv6AddressOnCreation", "AvailabilityZone", "AvailabilityZoneId",
                    "CidrBlock", "EnableDns64", "Ipv4IpamPoolId", "Ipv4NetmaskLength", "Ipv6CidrBlock", "Ipv6IpamPoolId",
                    "Ipv6Native", "Ipv6NetmaskLength", "MapPublicIpOnLaunch", "OutpostArn", "PrivateDnsNameOptionsOnLaunch",
                    "Tags", "VpcId")),
            Map.entry("AWS::EC2::RouteTable", Set.of("Tags", "VpcId")),
            Map.entry("AWS::EC2::Route", Set.of("CarrierGatewayId", "CoreNetworkArn", "DestinationCidrBlock",
                    "DestinationIpv6CidrBlock", "DestinationPrefixListId", "EgressOnlyInternetGatewayId", "GatewayId",
                    "InstanceId", "LocalGatewayId", "NatGatewayId", "NetworkInterfaceId", "RouteTableId",
                    "TransitGatewayId", "VpcEndpointId", "VpcPeeringConnectionId")),
            Map.entry("AWS::EC2::SubnetRouteTableAssociation", Set.of("RouteTableId", "SubnetId")),
            Map.entry("AWS::EC2::EIP", Set.of("Address", "Domain", "InstanceId", "IpamPoolId", "NetworkBorderGroup",
                    "PublicIpv4Pool", "Tags", "TransferAddress")),
            Map.entry("AWS::EC2::NatGateway", Set.of("AllocationId", "ConnectivityType", "MaxDrainDurationSeconds",
                    "PrivateIpAddress", "SecondaryAllocationIds", "SecondaryPrivateIpAddressCount",
                    "SecondaryPrivateIpAddresses", "SubnetId", "Tags")),
            Map.entry("AWS::EC2::SecurityGroup", Set.of("GroupDescription", "GroupName", "SecurityGroupEgress",
                    "SecurityGroupIngress", "Tags", "VpcId")),
            Map.entry("AWS::EC2::SecurityGroupIngress", Set.of("CidrIp", "CidrIpv6", "Description", "FromPort", "GroupId",
                    "GroupName", "IpProtocol", "SourcePrefixListId", "SourceSecurityGroupId", "SourceSecurityGroupName",
                    "SourceSecurityGroupOwnerId", "ToPort")),
            Map.entry("AWS::EC2::SecurityGroupEgress", Set.of("CidrIp", "CidrIpv6", "Description",
                    "DestinationPrefixListId", "DestinationSecurityGroupId", "FromPort", "GroupId", "IpProtocol", "ToPort")),
            Map.entry("AWS::EC2::LaunchTemplate", Set.of("LaunchTemplateData", "LaunchTemplateName", "TagSpecifications",
                    "VersionDescription")),
            Map.entry("AWS::RDS::DBSubnetGroup", Set.of("DBSubnetGroupDescription", "DBSubnetGroupName", "SubnetIds", "Tags")),
            Map.entry("AWS::RDS::DBParameterGroup", Set.of("DBParameterGroupName", "Description", "Family", "Parameters", "Tags")),
            Map.entry("AWS::RDS::DBClusterParameterGroup", Set.of("DBClusterParameterGroupName", "Description", "Family",
                    "Parameters", "Tags")),
            Map.entry("AWS::RDS::DBCluster", Set.of("AllocatedStorage", "AutoMinorVersionUpgrade", "AvailabilityZones",
                    "BacktrackWindow", "BackupRetentionPeriod", "CopyTagsToSnapshot", "DatabaseName", "DBClusterIdentifier",
                    "DBClusterInstanceClass", "DBClusterParameterGroupName", "DBInstanceParameterGroupName",
                    "DBSubnetGroupName", "DeletionProtection", "EnableCloudwatchLogsExports", "EnableHttpEndpoint",
                    "EnableIAMDatabaseAuthentication", "Engine", "EngineMode", "EngineVersion", "Iops", "KmsKeyId",
                    "ManageMasterUserPassword", "MasterUsername", "MasterUserPassword", "MasterUserSecret", "NetworkType",
                    "PerformanceInsightsEnabled", "Port", "PreferredBackupWindow", "PreferredMaintenanceWindow",
                    "ServerlessV2ScalingConfiguration", "SnapshotIdentifier", "StorageEncrypted", "StorageType", "Tags",
                    "VpcSecurityGroupIds")),
            Map.entry("AWS::RDS::DBInstance", Set.of("AllocatedStorage", "AutoMinorVersionUpgrade", "AvailabilityZone",
                    "BackupRetentionPeriod", "CACertificateIdentifier", "CopyTagsToSnapshot", "DBClusterIdentifier",
                    "DBInstanceClass", "DBInstanceIdentifier", "DBName", "DBParameterGroupName", "DBSubnetGroupName",
                    "DeletionProtection", "EnableCloudwatchLogsExports", "EnablePerformanceInsights", "Engine",
                    "EngineVersion", "Iops", "KmsKeyId", "ManageMasterUserPassword", "MasterUsername", "MasterUserPassword",
                    "MasterUserSecret", "MaxAllocatedStorage", "MonitoringInterval", "MonitoringRoleArn", "MultiAZ", "Port",
                    "PreferredBackupWindow", "PreferredMaintenanceWindow", "PromotionTier", "PubliclyAccessible",
                    "StorageEncrypted", "StorageThroughput", "StorageType", "Tags", "VPCSecurityGroups")),
            Map.entry("AWS::EFS::FileSystem", Set.of("AvailabilityZoneName", "BackupPolicy", "BypassPolicyLockoutSafetyCheck",
                    "Encrypted", "FileSystemPolicy", "FileSystemProtection", "FileSystemTags", "KmsKeyId",
                    "LifecyclePolicies", "PerformanceMode", "ProvisionedThroughputInMibps", "ReplicationConfiguration",
                    "ThroughputMode")),
            Map.entry("AWS::EFS::MountTarget", Set.of("FileSystemId", "IpAddress", "SecurityGroups", "SubnetId")),
            Map.entry("AWS::ElastiCache::SubnetGroup", Set.of("CacheSubnetGroupName", "Description", "SubnetIds", "Tags")),
            Map.entry("AWS::ElastiCache::ReplicationGroup", Set.of("AtRestEncryptionEnabled", "AuthToken",
                    "AutomaticFailoverEnabled", "AutoMinorVersionUpgrade", "CacheNodeType", "CacheParameterGroupName",
                    "CacheSubnetGroupName", "ClusterMode", "DataTieringEnabled", "Engine", "EngineVersion", "IpDiscovery",
                    "KmsKeyId", "LogDeliveryConfigurations", "MultiAZEnabled", "NetworkType", "NumCacheClusters",
                    "NumNodeGroups", "Port", "PreferredCacheClusterAZs", "PreferredMaintenanceWindow",
                    "ReplicationGroupDescription", "ReplicationGroupId", "SecurityGroupIds", "SnapshotRetentionLimit",
                    "SnapshotWindow", "Tags", "TransitEncryptionEnabled", "TransitEncryptionMode", "UserGroupIds")),
            Map.entry("AWS::SecretsManager::Secret", Set.of("Description", "GenerateSecretString", "KmsKeyId", "Name",
                    "ReplicaRegions", "SecretString", "Tags")),
            Map.entry("AWS::IAM::Role", Set.of("AssumeRolePolicyDocument", "Description", "ManagedPolicyArns",
                    "MaxSessionDuration", "Path", "PermissionsBoundary", "Policies", "RoleName", "Tags")),
            Map.entry("AWS::IAM::InstanceProfile", Set.of("InstanceProfileName", "Path", "Roles")),
            Map.entry("AWS::IAM::Policy", Set.of("Groups", "PolicyDocument", "PolicyName", "Roles", "Users")),
            Map.entry("AWS::AutoScaling::AutoScalingGroup", Set.of("AutoScalingGroupName", "AvailabilityZones",
                    "CapacityRebalance", "Context", "Cooldown", "DefaultInstanceWarmup", "DesiredCapacity",
                    "DesiredCapacityType", "HealthCheckGracePeriod", "HealthCheckType", "InstanceId",
                    "InstanceMaintenancePolicy", "LaunchConfigurationName", "LaunchTemplate",
                    "LifecycleHookSpecificationList", "LoadBalancerNames", "MaxInstanceLifetime", "MaxSize",
                    "MetricsCollection", "MinSize", "MixedInstancesPolicy", "NewInstancesProtectedFromScaleIn",
                    "NotificationConfigurations", "PlacementGroup", "ServiceLinkedRoleARN", "Tags", "TargetGroupARNs",
                    "TerminationPolicies", "TrafficSources", "VPCZoneIdentifier")),
            Map.entry("AWS::AutoScaling::ScalingPolicy", Set.of("AdjustmentType", "AutoScalingGroupName", "Cooldown",
                    "EstimatedInstanceWarmup", "MetricAggregationType", "MinAdjustmentMagnitude", "PolicyType",
                    "PredictiveScalingConfiguration", "ScalingAdjustment", "StepAdjustments", "TargetTrackingConfiguration")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", Set.of("IpAddressType", "LoadBalancerAttributes", "Name",
                    "Scheme", "SecurityGroups", "SubnetMappings", "Subnets", "Tags", "Type")),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener", Set.of("AlpnPolicy", "Certificates", "DefaultActions",
                    "ListenerAttributes", "LoadBalancerArn", "MutualAuthentication", "Port", "Protocol", "SslPolicy")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", Set.of("HealthCheckEnabled", "HealthCheckIntervalSeconds",
                    "HealthCheckPath", "HealthCheckPort", "HealthCheckProtocol", "HealthCheckTimeoutSeconds",
                    "HealthyThresholdCount", "IpAddressType", "Matcher", "Name", "Port", "Protocol", "ProtocolVersion",
                    "Tags", "TargetGroupAttributes", "TargetType", "Targets", "UnhealthyThresholdCount", "VpcId")));

    private ResourceCatalog() {
    }

    /** The properties of a known resource type, or empty for a type this table does not know. */
    static Optional<Set<String>> properties(String type) {
        return Optional.ofNullable(PROPERTIES.get(type));
    }
}
