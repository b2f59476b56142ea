/**
 * What plan and deploy look up before they make a change set, so that the stack pins exact code and
 * machine images: the commit a git ref points at, the version of an S3 code archive, the image a
 * public SSM parameter names today. {@link dev.moodleaws.core.resolve.SourceLookup} is the whole
 * interface; {@link dev.moodleaws.core.resolve.AwsSourceLookup} asks git and AWS, tests answer
 * themselves.
 */
package dev.moodleaws.core.resolve;
