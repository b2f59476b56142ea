/**
 * What AWS offers, as data shipped in the core jar: EC2 instance types, RDS instance classes and
 * ElastiCache node types per region, engine versions, load balancer TLS policies and the
 * availability zones of each region ({@link dev.moodleaws.core.aws.AwsOfferings}). The rules of the
 * {@code AWS} group check a deployment against it.
 */
package dev.moodleaws.core.aws;
