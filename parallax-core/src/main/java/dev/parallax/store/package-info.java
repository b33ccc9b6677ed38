/** The storage port ({@link dev.parallax.store.Store}) and its in-memory implementation. */
package dev.parallax.store;
