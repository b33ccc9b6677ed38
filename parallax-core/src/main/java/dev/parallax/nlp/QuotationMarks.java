package dev.parallax.nlp;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The text between matching quotation marks: curly pairs, straight quotes taken in pairs, and
 * tokenised {@code `` ''} pairs, and doubled apostrophes as some archives print them ({@code ''Yes,''
 * he said}). A quote left open at the end of a paragraph continues when
 * the next paragraph opens with a quotation mark (the newswire convention for quotes over
 * several paragraphs); otherwise it is dropped. Spans exclude the marks, surrounding spaces and
 * a trailing comma.
 */
final class QuotationMarks {

  private QuotationMarks() {}

  static List<Span> spans(String body, List<Span> paragraphs) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      int i = paragraph.start();
      if (open >= 0) {
        int width = openerWidth(body, i);
        if (width == 0) {
          open = -1;
        } else {
          i += width;
        }
      }
      for (; i < paragraph.end(); i++) {
        char c = body.charAt(i);
        if (open < 0) {
          int width = openerWidth(body, i);
          if (width > 0) {
            open = i + width;
            opener = c;
            i += width - 1;
          }
        } else {
          int width = closerWidth(body, i, opener);
          if (width > 0) {
            add(spans, body, open, i);
            open = -1;
            i += width - 1;
          }
        }
      }
      if (open >= 0 && (p + 1 >= paragraphs.size() || openerWidth(body, paragraphs.get(p + 1).start()) == 0)) {
        open = -1;
      }
    }
    return spans;
  }

  private static int openerWidth(String body, int i) {
    char c = body.charAt(i);
    if (c == '“' || c == '"') {
      return 1;
    }
    boolean doubled = i + 1 < body.length() && body.charAt(i + 1) == c;
    return doubled && (c == '`' || c == '\'' && (i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)))) ? 2 : 0;
  }

  private static int closerWidth(String body, int i, char opener) {
    char c = body.charAt(i);
    if (opener == '`' || opener == '\'') {
      return c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'' ? 2 : 0;
    }
    return c == '”' || c == '"' ? 1 : 0;
  }

  private static void add(List<Span> spans, String body, int start, int end) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
      end--;
    }
    if (start < end) {
      spans.add(new Span(start, end));
    }
  }
}
