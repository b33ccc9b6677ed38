package dev.parallax.eval;

import dev.parallax.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attribution relations of a BRAT standoff file as PolNeAR writes them: {@code T}
 * lines ({@code T3<TAB>Content 10 20;30 40<TAB>text}) and {@code E} lines ({@code
 * E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}). Other lines (notes, the continuation
 * lines of multi-line text) are skipped; spans beyond the text are dropped.
 */
final class BratAttributions {

  /** One attribution: its content and source spans (source may be empty), and its cue. */
  record Attribution(List<Span> content, List<Span> source, List<Span> cue) {}

  private BratAttributions() {}

  static List<Attribution> read(Path file, int textLength) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 2 && fields[0].matches("T\\d+")) {
        int space = fields[1].indexOf(' ');
        if (space > 0) {
          spans.put(fields[0], ranges(fields[1].substring(space + 1), textLength));
        }
      } else if (fields.length >= 2 && fields[0].matches("E\\d+")) {
        events.add(fields[1].split(" "));
      }
    }
    List<Attribution> attributions = new ArrayList<>();
    for (String[] arguments : events) {
      Map<String, List<Span>> roles = new HashMap<>();
      for (String argument : arguments) {
        int colon = argument.indexOf(':');
        if (colon > 0) {
          roles.put(argument.substring(0, colon).replaceAll("\\d+$", ""),
              spans.getOrDefault(argument.substring(colon + 1), List.of()));
        }
      }
      List<Span> content = roles.getOrDefault("Content", List.of());
      if (!content.isEmpty()) {
        attributions.add(new Attribution(content, roles.getOrDefault("Source", List.of()),
            roles.getOrDefault("Cue", List.of())));
      }
    }
    return attributions;
  }

  private static List<Span> ranges(String text, int textLength) {
    List<Span> ranges = new ArrayList<>();
    for (String range : text.split(";")) {
      String[] bounds = range.trim().split(" ");
      if (bounds.length == 2 && bounds[0].matches("\\d+") && bounds[1].matches("\\d+")) {
        int start = Integer.parseInt(bounds[0]);
        int end = Integer.parseInt(bounds[1]);
        if (start <= end && end <= textLength) {
          ranges.add(new Span(start, end));
        }
      }
    }
    return ranges;
  }
}
