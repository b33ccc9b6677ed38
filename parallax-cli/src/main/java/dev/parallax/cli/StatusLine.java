package dev.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;

/**
 * One line at the cursor on a terminal, rewritten in place with the terminal's own
 * capabilities (carriage return, clear to end of line) through JLine; lines printed above it
 * scroll up and leave it below them. Thread-safe.
 */
final class StatusLine implements AutoCloseable {

  private final Terminal terminal;
  private String text = "";

  StatusLine(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * The system terminal on stderr, when stderr is one (JLine's JNI provider asks isatty); empty
   * when it is not (a pipe, a file, CI) or its type is {@code dumb}.
   */
  static Optional<Terminal> stderr() {
    try {
      Terminal terminal = TerminalBuilder.builder().system(true).systemOutput(TerminalBuilder.SystemOutput.SysErr)
          .encoding(StandardCharsets.UTF_8).dumb(true).build();
      if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
        terminal.close();
        return Optional.empty();
      }
      return Optional.of(terminal);
    } catch (IOException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** Replaces the line with {@code text}, cut to the terminal's width. */
  synchronized void show(String text) {
    this.text = text;
    clear();
    int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
    terminal.writer().print(text.length() < width ? text : text.substring(0, width - 1));
    terminal.flush();
  }

  /** Prints {@code text} on a line of its own and draws the status line again below it. */
  synchronized void printAbove(String text) {
    clear();
    terminal.writer().println(text);
    show(this.text);
  }

  /** Clears the line and closes the terminal. */
  @Override
  public synchronized void close() {
    clear();
    terminal.flush();
    try {
      terminal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void clear() {
    terminal.puts(Capability.carriage_return);
    terminal.puts(Capability.clr_eol);
  }
}
