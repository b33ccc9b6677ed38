/**
 * {@code parallax serve}: a JSON REST API over a store and the story web page, in one process.
 * The entry point is {@link dev.parallax.server.ParallaxServer}; the API is documented in
 * docs/API.md. Everything the page shows from an article is set as text, never as markup.
 */
package dev.parallax.server;
