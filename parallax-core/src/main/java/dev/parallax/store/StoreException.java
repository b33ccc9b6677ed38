package dev.parallax.store;

/** A store could not be opened, read or written; the message names the store and the cause. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
