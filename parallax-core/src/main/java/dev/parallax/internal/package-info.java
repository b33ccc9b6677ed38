/** Helpers shared by the stages; not part of the public API. */
package dev.parallax.internal;
