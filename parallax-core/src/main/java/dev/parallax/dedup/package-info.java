/**
 * Near-duplicate detection inside an event: syndicated and lightly edited copies of one text
 * are found by MinHash over word shingles, and with wire credits they tell how many
 * independent origins an event's coverage has.
 */
package dev.parallax.dedup;
