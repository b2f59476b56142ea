/**
 * What a value may not hold and how text is made safe to print: control characters and
 * secret-shaped text. API.
 */
package dev.moodleaws.core.text;
