/** The JSON shapes of docs/JSON.md, shared by the command line and the REST API. */
package dev.parallax.server.json;
