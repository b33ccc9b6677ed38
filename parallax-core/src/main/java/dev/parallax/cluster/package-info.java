/**
 * The clustering stage: articles into events, events into stories, online. Entry point:
 * {@link dev.parallax.cluster.Clusterer}.
 */
package dev.parallax.cluster;
