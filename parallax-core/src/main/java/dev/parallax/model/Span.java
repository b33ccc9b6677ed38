package dev.parallax.model;

/**
 * A half-open character range {@code [start, end)} into an article's body text.
 * Every sentence, mention and quote points back into the original text through a span.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; throws if the span does not fit inside {@code text}. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException("span " + this + " exceeds text length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
