/**
 * Deploys a rendered CloudFormation template through change sets: {@link dev.moodleaws.core.deploy.Deployer}
 * with its options, results, progress listener, AWS client factory and exceptions. API; the classes
 * that are not public (API calls, polling, stack policies, S3 upload) are internal.
 */
package dev.moodleaws.core.deploy;
