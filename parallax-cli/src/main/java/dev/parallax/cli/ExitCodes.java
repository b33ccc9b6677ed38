package dev.parallax.cli;

/** The exit codes {@code parallax} returns; listed in {@code parallax --help}. */
final class ExitCodes {
  static final int OK = 0;
  static final int INPUTS_REJECTED = 1;
  static final int USAGE = 2;
  static final int STORE_FAILURE = 3;

  private ExitCodes() {}
}
