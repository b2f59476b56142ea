<#-- The whole stack. Every decision is a field of StackView; this file loops and prints.
     The descriptor's tags are stack tags: CloudFormation propagates them to every resource that
     takes tags, so they are not repeated here (only the volumes that instances launch get them). -->
<#-- One value: a literal, a Ref, an Fn::GetAtt, an availability zone (of the region or of a parameter), the stack ID's first part or an Fn::Join. -->
<#macro v x><#if x.kind == "literal">${x.literal}<#elseif x.kind == "ref">{"Ref": ${x.target}}<#elseif x.kind == "getatt">{"Fn::GetAtt": [${x.target}, ${x.attribute}]}<#elseif x.kind == "az">{"Fn::Select": [${x.index?c?no_esc}, <#if x.target??>{"Ref": ${x.target}}<#else>{"Fn::GetAZs": ""}</#if>]}<#elseif x.kind == "stackid">{"Fn::Select": [0, {"Fn::Split": ["-", {"Fn::Select": [2, {"Fn::Split": ["/", {"Ref": "AWS::StackId"}]}]}]}]}<#elseif x.kind == "join">{"Fn::Join": ["", [<#list x.parts as p><@v p/><#sep>, </#list>]]}<#elseif x.kind == "without">{"Fn::Join": ["", {"Fn::Split": [${x.literal}, <@v x.parts[0]/>]}]}</#if></#macro>
<#macro vs xs>[<#list xs as x><@v x/><#sep>, </#list>]</#macro>
<#macro n x>${x?c?no_esc}</#macro>
<#macro groupId id>{"Fn::GetAtt": [${id}, "GroupId"]}</#macro>
<#macro launchTemplate tpl>
  ${tpl.id?no_esc}:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: <@v tpl.image/>
<#if tpl.hasInstanceType()>
        InstanceType: ${tpl.instanceType}
</#if>
        IamInstanceProfile: {"Arn": {"Fn::GetAtt": [${tpl.instanceProfile}, "Arn"]}}
        SecurityGroupIds: [<@groupId tpl.securityGroup/>]
        MetadataOptions: {"HttpEndpoint": "enabled", "HttpTokens": ${tpl.httpTokens}, "HttpPutResponseHopLimit": <@n tpl.hopLimit/>}
        BlockDeviceMappings:
          - DeviceName: ${tpl.deviceName}
            Ebs: {"VolumeSize": <@n tpl.rootVolumeGb/>, "VolumeType": "gp3", "Encrypted": <@n tpl.encrypted/>, "DeleteOnTermination": true}
<#if tagged>
        TagSpecifications:
          - ResourceType: volume
            Tags: [<#list tags as t>{"Key": ${t.key}, "Value": ${t.value}}<#sep>, </#list>]
</#if>
        UserData: {"Fn::Base64": {"Fn::Join": ["", <@vs tpl.userData/>]}}
</#macro>
AWSTemplateFormatVersion: "2010-09-09"
Description: ${description}
Parameters:
<#list parameters as p>
  ${p.name?no_esc}:
    Type: ${p.type}
    Description: ${p.description}
<#if p.defaultValue??>
    Default: ${p.defaultValue}
</#if>
</#list>
Resources:
<#if network.newVpc>
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: ${network.vpcCidr}
      EnableDnsSupport: true
      EnableDnsHostnames: true
  InternetGateway:
    Type: AWS::EC2::InternetGateway
  InternetGatewayAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties:
      VpcId: {"Ref": "Vpc"}
      InternetGatewayId: {"Ref": "InternetGateway"}
  PublicRouteTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: {"Ref": "Vpc"}
  PublicDefaultRoute:
    Type: AWS::EC2::Route
    DependsOn: InternetGatewayAttachment
    Properties:
      RouteTableId: {"Ref": "PublicRouteTable"}
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: {"Ref": "InternetGateway"}
<#list network.zones as z>
  ${z.publicSubnet?no_esc}:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: {"Ref": "Vpc"}
      AvailabilityZone: <@v z.zone/>
      CidrBlock: ${z.publicCidr}
      MapPublicIpOnLaunch: false
  ${z.publicRouteAssociation?no_esc}:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: {"Ref": ${z.publicSubnet}}
      RouteTableId: {"Ref": "PublicRouteTable"}
  ${z.privateSubnet?no_esc}:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: {"Ref": "Vpc"}
      AvailabilityZone: <@v z.zone/>
      CidrBlock: ${z.privateCidr}
      MapPublicIpOnLaunch: false
  ${z.privateRouteTable?no_esc}:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: {"Ref": "Vpc"}
  ${z.privateRouteAssociation?no_esc}:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: {"Ref": ${z.privateSubnet}}
      RouteTableId: {"Ref": ${z.privateRouteTable}}
<#if z.routedToNat()>
  ${z.privateDefaultRoute?no_esc}:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: {"Ref": ${z.privateRouteTable}}
      DestinationCidrBlock: 0.0.0.0/0
      NatGatewayId: {"Ref": ${z.natGateway}}
</#if>
</#list>
<#list network.nats as nat>
  ${nat.elasticIp?no_esc}:
    Type: AWS::EC2::EIP
    DependsOn: InternetGatewayAttachment
    Properties:
      Domain: vpc
  ${nat.gateway?no_esc}:
    Type: AWS::EC2::NatGateway
    Properties:
      AllocationId: {"Fn::GetAtt": [${nat.elasticIp}, "AllocationId"]}
      SubnetId: {"Ref": ${nat.publicSubnet}}
</#list>
</#if>
<#list securityGroups as sg>
  ${sg.id?no_esc}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ${sg.description}
      VpcId: <@v network.vpcId/>
<#if sg.ingress?has_content>
      SecurityGroupIngress:
<#list sg.ingress as r>
        - {"IpProtocol": "tcp", "FromPort": <@n r.fromPort/>, "ToPort": <@n r.toPort/>, <#if r.sourceKind == "group">"SourceSecurityGroupId": <@groupId r.source/><#elseif r.sourceKind == "cidr6">"CidrIpv6": ${r.source}<#else>"CidrIp": ${r.source}</#if>, "Description": ${r.description}}
</#list>
</#if>
<#if sg.closedEgress>
      SecurityGroupEgress:
        - {"IpProtocol": "-1", "CidrIp": "127.0.0.1/32", "Description": "No outbound traffic"}
</#if>
<#list sg.egress as e>
  ${e.id?no_esc}:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: {"GroupId": <@groupId sg.id/>, "IpProtocol": "tcp", "FromPort": <@n e.port/>, "ToPort": <@n e.port/>, "DestinationSecurityGroupId": <@groupId e.destination/>, "Description": ${e.description}}
</#list>
</#list>
  DatabaseSubnetGroup:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: Private subnets of the database
      SubnetIds: <@vs network.privateSubnets/>
  DatabaseParameterGroup:
    Type: AWS::RDS::DBParameterGroup
    Properties:
      Description: Moodle database settings
      Family: ${database.parameterFamily}
      Parameters:
        max_allowed_packet: ${database.maxAllowedPacket}
        innodb_buffer_pool_size: ${database.bufferPoolSize}
<#if database.aurora>
  ${database.resource?no_esc}:
    Type: AWS::RDS::DBCluster
    DeletionPolicy: Snapshot
    UpdateReplacePolicy: Snapshot
    Properties:
      Engine: ${database.engine}
      EngineVersion: ${database.engineVersion}
<#if database.restored()>
      SnapshotIdentifier: ${database.snapshot}
<#else>
      DatabaseName: ${database.databaseName}
      MasterUsername: ${database.masterUsername}
</#if>
      ManageMasterUserPassword: true
      Port: <@n database.port/>
      DBSubnetGroupName: {"Ref": "DatabaseSubnetGroup"}
      VpcSecurityGroupIds: [<@groupId "DatabaseSecurityGroup"/>]
<#if !database.restored()>
      StorageEncrypted: <@n database.storageEncrypted/>
</#if>
      BackupRetentionPeriod: <@n database.backupRetentionDays/>
      DeletionProtection: <@n database.deletionProtection/>
      CopyTagsToSnapshot: true
<#-- Aurora members hold no data of their own: it lives in the cluster volume, which the
     cluster's Snapshot policies keep. CloudFormation does not snapshot a DB instance that belongs
     to a cluster, so Delete states what happens. -->
<#list database.instances as id>
  ${id?no_esc}:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Delete
    UpdateReplacePolicy: Delete
    Properties:
      Engine: ${database.engine}
      DBClusterIdentifier: {"Ref": ${database.resource}}
      DBInstanceClass: ${database.instanceClass}
      DBParameterGroupName: {"Ref": "DatabaseParameterGroup"}
      PubliclyAccessible: false
      PromotionTier: <@n id?index/>
</#list>
<#else>
  ${database.resource?no_esc}:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    UpdateReplacePolicy: Snapshot
    Properties:
      Engine: ${database.engine}
      EngineVersion: ${database.engineVersion}
      DBInstanceClass: ${database.instanceClass}
      AllocatedStorage: ${database.allocatedStorageGb?c}
      StorageType: gp3
      MultiAZ: <@n database.multiAz/>
<#if database.restored()>
      DBSnapshotIdentifier: ${database.snapshot}
<#else>
      DBName: ${database.databaseName}
      MasterUsername: ${database.masterUsername}
</#if>
      ManageMasterUserPassword: true
      Port: ${database.port?c}
      DBSubnetGroupName: {"Ref": "DatabaseSubnetGroup"}
      VPCSecurityGroups: [<@groupId "DatabaseSecurityGroup"/>]
      DBParameterGroupName: {"Ref": "DatabaseParameterGroup"}
<#if !database.restored()>
      StorageEncrypted: <@n database.storageEncrypted/>
</#if>
      BackupRetentionPeriod: <@n database.backupRetentionDays/>
      DeletionProtection: <@n database.deletionProtection/>
      PubliclyAccessible: false
      CopyTagsToSnapshot: true
</#if>
  FileSystem:
    Type: AWS::EFS::FileSystem
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      Encrypted: <@n fileSystem.encrypted/>
      PerformanceMode: ${fileSystem.performanceMode}
      ThroughputMode: ${fileSystem.throughputMode}
<#if fileSystem.provisioned()>
      ProvisionedThroughputInMibps: <@n fileSystem.provisionedMibps/>
</#if>
      BackupPolicy: {"Status": ${fileSystem.backupStatus}}
<#if fileSystem.requireTls>
      FileSystemPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: MountThroughMountTargets
            Effect: Allow
            Principal: {"AWS": "*"}
            Action: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"]
            Condition: {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}
          - Sid: DenyWithoutTls
            Effect: Deny
            Principal: {"AWS": "*"}
            Action: "*"
            Condition: {"Bool": {"aws:SecureTransport": "false"}}
</#if>
<#list fileSystem.mountTargets as mt>
  ${mt.id?no_esc}:
    Type: AWS::EFS::MountTarget
    Properties:
      FileSystemId: {"Ref": "FileSystem"}
      SubnetId: <@v mt.subnet/>
      SecurityGroups: [<@groupId "FileSystemSecurityGroup"/>]
</#list>
<#list secrets as s>
  ${s.id?no_esc}:
    Type: AWS::SecretsManager::Secret
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      Description: ${s.description}
      GenerateSecretString:
<#if s.json()>
        SecretStringTemplate: ${s.template}
        GenerateStringKey: ${s.generateKey}
</#if>
        PasswordLength: <@n s.length/>
<#if s.excludePunctuation>
        ExcludePunctuation: true
</#if>
<#if s.excludeCharacters??>
        ExcludeCharacters: ${s.excludeCharacters}
</#if>
</#list>
<#if mail.ses>
  MailIdentity:
    Type: AWS::SES::EmailIdentity
    Properties:
      EmailIdentity: ${mail.domain}
      DkimSigningAttributes: {"NextSigningKeyLength": "RSA_2048_BIT"}
  MailUser:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: send-from-site-identity
          PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Sid": "SendFromSiteIdentityOnly", "Effect": "Allow", "Action": ["ses:SendRawEmail"], "Resource": <@v mail.identityArn/>}]}
  MailAccessKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: {"Ref": "MailUser"}
  MailCredentialsSecret:
    Type: AWS::SecretsManager::Secret
    DeletionPolicy: Delete
    UpdateReplacePolicy: Delete
    Properties:
      Description: SES SMTP login of Moodle (access key of MailUser; the nodes derive the SMTP password)
      SecretString: <@v mail.secretString/>
</#if>
  CacheSubnetGroup:
    Type: AWS::ElastiCache::SubnetGroup
    Properties:
      Description: Private subnets of the cache
      SubnetIds: <@vs network.privateSubnets/>
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    DeletionPolicy: Snapshot
    UpdateReplacePolicy: Snapshot
    Properties:
      ReplicationGroupDescription: Moodle sessions and caches
      Engine: ${cache.engine}
      EngineVersion: ${cache.engineVersion}
      CacheNodeType: ${cache.nodeType}
      NumCacheClusters: <@n cache.numCacheClusters/>
      AutomaticFailoverEnabled: <@n cache.automaticFailover/>
      MultiAZEnabled: <@n cache.multiAz/>
      TransitEncryptionEnabled: <@n cache.transitEncryption/>
      AtRestEncryptionEnabled: <@n cache.atRestEncryption/>
<#if cache.hasAuthToken()>
      AuthToken: <@v cache.authToken/>
</#if>
      Port: <@n cache.port/>
      CacheSubnetGroupName: {"Ref": "CacheSubnetGroup"}
      SecurityGroupIds: [<@groupId "CacheSecurityGroup"/>]
<#list [iam.web, iam.stable] as role>
  ${role.id?no_esc}:
    Type: AWS::IAM::Role
    Properties:
      Description: ${role.description}
      AssumeRolePolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
      ManagedPolicyArns: <@vs iam.managedPolicies/>
      Policies:
        - PolicyName: moodle-node
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - {"Sid": "ReadOwnSecrets", "Effect": "Allow", "Action": ["secretsmanager:GetSecretValue"], "Resource": <@vs role.secrets/>}
              - {"Sid": "MountFileSystem", "Effect": "Allow", "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"], "Resource": <@v role.fileSystem/>}
<#if role.hasCodeObjects()>
              - {"Sid": "ReadCodeArchive", "Effect": "Allow", "Action": ["s3:GetObject", "s3:GetObjectVersion"], "Resource": <@vs role.codeObjects/>}
</#if>
<#if role.describesGroup>
              - {"Sid": "FindOwnGroupNoResourceLevelPermissions", "Effect": "Allow", "Action": ["autoscaling:DescribeAutoScalingInstances"], "Resource": "*"}
</#if>
<#if role.signals()>
              - {"Sid": "SignalRollingUpdate", "Effect": "Allow", "Action": ["cloudformation:SignalResource"], "Resource": <@v role.signalTarget/>}
</#if>
              - {"Sid": "ShipLogs", "Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"], "Resource": <@vs role.logGroups/>}
<#if role.publishesMetrics()>
              - {"Sid": "PublishCronMetrics", "Effect": "Allow", "Action": ["cloudwatch:PutMetricData"], "Resource": "*", "Condition": {"StringEquals": {"cloudwatch:namespace": ${role.metricNamespace}}}}
</#if>
  ${role.profile?no_esc}:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [{"Ref": ${role.id}}]
</#list>
  ${iam.drainPolicy?no_esc}:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: moodle-drain
      Roles: [{"Ref": ${iam.web.id}}]
      PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Sid": "CompleteDrainHook", "Effect": "Allow", "Action": ["autoscaling:CompleteLifecycleAction"], "Resource": <@v iam.drainTarget/>}]}
<@launchTemplate stable.launchTemplate/>
  ${stable.group?no_esc}:
    Type: AWS::AutoScaling::AutoScalingGroup
<#if stable.inTargetGroup>
    DependsOn: HttpsListener
</#if>
    CreationPolicy:
      ResourceSignal: {"Count": 1, "Timeout": ${stable.signalTimeout}}
    UpdatePolicy:
      AutoScalingRollingUpdate: {"MinInstancesInService": 0, "MaxBatchSize": 1, "PauseTime": ${stable.signalTimeout}, "WaitOnResourceSignals": true}
    Properties:
      MinSize: 1
      MaxSize: 1
      DesiredCapacity: 1
      VPCZoneIdentifier: <@vs network.privateSubnets/>
      LaunchTemplate: {"LaunchTemplateId": {"Ref": ${stable.launchTemplate.id}}, "Version": {"Fn::GetAtt": [${stable.launchTemplate.id}, "LatestVersionNumber"]}}
      HealthCheckType: ${stable.healthCheckType}
      HealthCheckGracePeriod: <@n stable.healthCheckGracePeriod/>
<#if stable.inTargetGroup>
      TargetGroupARNs: [{"Ref": "WebTargetGroup"}]
</#if>
<@launchTemplate web.launchTemplate/>
  ${web.group?no_esc}:
    Type: AWS::AutoScaling::AutoScalingGroup
    DependsOn: HttpsListener
<#if web.signalsAtCreation()>
    CreationPolicy:
      ResourceSignal: {"Count": <@n web.desiredCapacity/>, "Timeout": ${web.pauseTime}}
</#if>
    UpdatePolicy:
      AutoScalingRollingUpdate: {"MinInstancesInService": <@n web.minInstancesInService/>, "MaxBatchSize": <@n web.maxBatchSize/>, "PauseTime": ${web.pauseTime}, "WaitOnResourceSignals": true, "SuspendProcesses": [<#list web.suspendedProcesses as p>${p}<#sep>, </#list>]}
    Properties:
      MinSize: <@n web.minSize/>
      MaxSize: <@n web.maxSize/>
      DesiredCapacity: <@n web.desiredCapacity/>
      VPCZoneIdentifier: <@vs network.privateSubnets/>
      CapacityRebalance: <@n web.capacityRebalance/>
      HealthCheckType: ELB
      HealthCheckGracePeriod: <@n web.healthCheckGracePeriod/>
      TargetGroupARNs: [{"Ref": "WebTargetGroup"}]
<#if dashboard??>
      MetricsCollection: [{"Granularity": "1Minute", "Metrics": ["GroupInServiceInstances", "GroupTerminatingInstances"]}]
</#if>
      MixedInstancesPolicy:
        InstancesDistribution:
          OnDemandBaseCapacity: <@n web.onDemandBaseCapacity/>
          OnDemandPercentageAboveBaseCapacity: <@n web.onDemandPercentageAboveBase/>
          SpotAllocationStrategy: ${web.spotAllocationStrategy}
        LaunchTemplate:
          LaunchTemplateSpecification: {"LaunchTemplateId": {"Ref": ${web.launchTemplate.id}}, "Version": {"Fn::GetAtt": [${web.launchTemplate.id}, "LatestVersionNumber"]}}
          Overrides:
<#list web.instanceTypes as type>
            - {"InstanceType": ${type}}
</#list>
      LifecycleHookSpecificationList:
        - LifecycleHookName: ${web.drainHook}
          LifecycleTransition: "autoscaling:EC2_INSTANCE_TERMINATING"
          HeartbeatTimeout: <@n web.drainHeartbeatSeconds/>
          DefaultResult: CONTINUE
<#if web.scalingPolicy??>
  ${web.scalingPolicy?no_esc}:
    Type: AWS::AutoScaling::ScalingPolicy
    Properties:
      AutoScalingGroupName: {"Ref": ${web.group}}
      PolicyType: TargetTrackingScaling
      TargetTrackingConfiguration:
        PredefinedMetricSpecification: {"PredefinedMetricType": "ASGAverageCPUUtilization"}
        TargetValue: <@n web.targetCpuPercent/>
</#if>
  LoadBalancer:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
<#if network.newVpc>
    DependsOn: InternetGatewayAttachment
</#if>
    Properties:
      Type: application
      Scheme: internet-facing
      Subnets: <@vs network.publicSubnets/>
      SecurityGroups: [<@groupId "LoadBalancerSecurityGroup"/>]
      LoadBalancerAttributes:
        - {"Key": "idle_timeout.timeout_seconds", "Value": ${loadBalancer.idleTimeoutSeconds?c}}
        - {"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": ${loadBalancer.dropInvalidHeaders?c}}
  WebTargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: <@v network.vpcId/>
      Port: 80
      Protocol: HTTP
      TargetType: instance
      HealthCheckEnabled: true
      HealthCheckProtocol: HTTP
      HealthCheckPath: ${loadBalancer.healthCheckPath}
      HealthCheckIntervalSeconds: <@n loadBalancer.healthCheckIntervalSeconds/>
      HealthCheckTimeoutSeconds: <@n loadBalancer.healthCheckTimeoutSeconds/>
      HealthyThresholdCount: <@n loadBalancer.healthyThreshold/>
      UnhealthyThresholdCount: <@n loadBalancer.unhealthyThreshold/>
      Matcher: {"HttpCode": ${loadBalancer.matcher}}
      TargetGroupAttributes:
        - {"Key": "deregistration_delay.timeout_seconds", "Value": ${loadBalancer.deregistrationDelaySeconds?c}}
  HttpsListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: {"Ref": "LoadBalancer"}
      Port: 443
      Protocol: HTTPS
      SslPolicy: ${loadBalancer.sslPolicy}
      Certificates: [{"CertificateArn": <@v loadBalancer.certificate/>}]
      DefaultActions: [{"Type": "forward", "TargetGroupArn": {"Ref": "WebTargetGroup"}}]
<#if loadBalancer.redirectHttp>
  HttpListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: {"Ref": "LoadBalancer"}
      Port: 80
      Protocol: HTTP
      DefaultActions: [{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}]
</#if>
  ${alarmTopic.id?no_esc}:
    Type: AWS::SNS::Topic
    Properties:
      DisplayName: ${alarmTopic.displayName}
<#if alarmTopic.emails?has_content>
      Subscription:
<#list alarmTopic.emails as e>
        - {"Protocol": "email", "Endpoint": ${e}}
</#list>
</#if>
<#list alarms as a>
  ${a.id?no_esc}:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmDescription: ${a.description}
<#if a.single()>
      Namespace: ${a.namespace}
      MetricName: ${a.metric}
      Dimensions: [<#list a.dimensions() as dim>{"Name": ${dim.name}, "Value": <@v dim.value/>}<#sep>, </#list>]
      Statistic: ${a.statistic}
      Period: <@n a.periodSeconds/>
<#else>
      Metrics:
<#list a.watched as s>
        - {"Id": ${s.id}, "ReturnData": false, "MetricStat": {"Metric": {"Namespace": ${a.namespace}, "MetricName": ${a.metric}, "Dimensions": [<#list s.dimensions as dim>{"Name": ${dim.name}, "Value": <@v dim.value/>}<#sep>, </#list>]}, "Period": <@n a.periodSeconds/>, "Stat": ${a.statistic}}}
</#list>
        - {"Id": "highest", "Expression": "MAX(METRICS())", "ReturnData": true}
</#if>
      EvaluationPeriods: <@n a.evaluationPeriods/>
      ComparisonOperator: ${a.comparison}
      Threshold: <@n a.threshold/>
      TreatMissingData: ${a.treatMissingData}
      AlarmActions: [{"Ref": ${alarmTopic.id}}]
</#list>
<#if backup??>
  ${backup.vault?no_esc}:
    Type: AWS::Backup::BackupVault
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      BackupVaultName: <@v backup.vaultName/>
  ${backup.role?no_esc}:
    Type: AWS::IAM::Role
    Properties:
      Description: AWS Backup of the database and the file system, and their restore
      AssumeRolePolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "backup.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
      ManagedPolicyArns: <@vs backup.rolePolicies/>
  ${backup.plan?no_esc}:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: <@v backup.planName/>
        BackupPlanRule:
          - RuleName: scheduled
            TargetBackupVault: {"Ref": ${backup.vault}}
            ScheduleExpression: ${backup.schedule}
            EnableContinuousBackup: <@n backup.continuous/>
            Lifecycle: {"DeleteAfterDays": <@n backup.retentionDays/>}
<#if backup.copies()>
            CopyActions: [{"DestinationBackupVaultArn": ${backup.copyTarget}, "Lifecycle": {"DeleteAfterDays": <@n backup.copyRetentionDays/>}}]
</#if>
  ${backup.selection?no_esc}:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: {"Ref": ${backup.plan}}
      BackupSelection: {"SelectionName": "moodle-data", "IamRoleArn": {"Fn::GetAtt": [${backup.role}, "Arn"]}, "Resources": <@vs backup.resources/>}
</#if>
<#list logGroups as g>
  ${g.id?no_esc}:
    Type: AWS::Logs::LogGroup
    Properties: {"LogGroupName": <@v g.name/>, "RetentionInDays": <@n g.retentionDays/>}
</#list>
<#if imageBake??>
<#assign b = imageBake>
  ${b.logGroup?no_esc}:
    Type: AWS::Logs::LogGroup
    Properties: {"LogGroupName": <@v b.logGroupName/>, "RetentionInDays": <@n b.logRetentionDays/>}
  ${b.role?no_esc}:
    Type: AWS::IAM::Role
    Properties:
      Description: Image Builder build instance of the Moodle nodes' image
      AssumeRolePolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
      ManagedPolicyArns: <@vs b.managedPolicies/>
<#if b.hasCodeObjects()>
      Policies:
        - PolicyName: read-code
          PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Sid": "ReadCodeArchive", "Effect": "Allow", "Action": ["s3:GetObject", "s3:GetObjectVersion"], "Resource": <@vs b.codeObjects/>}]}
</#if>
  ${b.instanceProfile?no_esc}:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [{"Ref": ${b.role}}]
  ${b.component?no_esc}:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: <@v b.name/>
      Version: 1.0.0
      Platform: Linux
      Description: Bakes what every Moodle node runs
      Data: <@v b.componentData/>
  ${b.recipe?no_esc}:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: <@v b.name/>
      Version: 1.0.0
      ParentImage: <@v b.baseImage/>
      Components: [{"ComponentArn": {"Ref": ${b.component}}}]
  ${b.infrastructure?no_esc}:
    Type: AWS::ImageBuilder::InfrastructureConfiguration
    Properties:
      Name: <@v b.infrastructureName/>
      InstanceProfileName: {"Ref": ${b.instanceProfile}}
      InstanceTypes: [${b.buildInstanceType}]
      SubnetId: <@v b.subnet/>
      SecurityGroupIds: [<@groupId b.securityGroup/>]
      TerminateInstanceOnFailure: true
      InstanceMetadataOptions: {"HttpTokens": "required", "HttpPutResponseHopLimit": 2}
  ${b.image?no_esc}:
    Type: AWS::ImageBuilder::Image
    Properties:
      ImageRecipeArn: {"Ref": ${b.recipe}}
      InfrastructureConfigurationArn: {"Ref": ${b.infrastructure}}
      ImageTestsConfiguration: {"ImageTestsEnabled": false}
      LoggingConfiguration: {"LogGroupName": {"Ref": ${b.logGroup}}}
</#if>
<#if dashboard??>
  ${dashboard.id?no_esc}:
    Type: AWS::CloudWatch::Dashboard
    Properties:
      DashboardBody: <@v dashboard.body/>
</#if>
Outputs:
<#list outputs as o>
  ${o.name?no_esc}:
    Description: ${o.description}
    Value: <@v o.value/>
</#list>
