/** The brief stage: a cited multi-source summary per story. Entry point: {@link dev.parallax.brief.BriefWriter}. */
package dev.parallax.brief;
