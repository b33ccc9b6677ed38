package dev.parallax.cli;

import dev.parallax.server.json.JsonReport;
import dev.parallax.Analysis;
import java.io.PrintWriter;

/** Prints an analysis in the chosen format. */
final class AnalysisPrinter {

  private AnalysisPrinter() {}

  static void print(Analysis analysis, Format format, PrintWriter out) {
    switch (format) {
      case json -> out.println(JsonReport.of(analysis));
      case md -> out.print(TextReport.markdown(analysis));
      case text -> out.print(TextReport.plain(analysis));
      case html -> out.print(HtmlReport.of(analysis));
    }
    out.flush();
  }
}
