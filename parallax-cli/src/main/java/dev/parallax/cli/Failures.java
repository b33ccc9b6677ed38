package dev.parallax.cli;

import dev.parallax.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one line on stderr and an exit code, instead of a stack trace. */
final class Failures implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof StoreException) {
      commandLine.getErr().println("parallax: " + e.getMessage());
      return ExitCodes.STORE_FAILURE;
    }
    if (e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException) {
      commandLine.getErr().println("parallax: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    commandLine.getErr().println("parallax: unexpected failure: " + e);
    e.printStackTrace(commandLine.getErr());
    return ExitCodes.STORE_FAILURE;
  }
}
