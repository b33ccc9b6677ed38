package dev.parallax.extract;

import dev.parallax.internal.CalendarText;
import dev.parallax.internal.CalendarText.DateMatch;
import dev.parallax.model.PublicationTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from scraped page text: the article body plus the leftovers of the page
 * around it, one paragraph or leftover per line.
 *
 * <p>The body runs from the first to the last prose line; what stands before it is the header
 * (headline, byline, dateline, menus, tags), what stands after it the footer. Inside the body,
 * captions and their photo credits, pitches and legal lines are taken out; short titled lines
 * between paragraphs stay as sub-headings. Stateless and thread-safe.
 */
final class TextPageExtractor {

  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(.+)$");
  private static final Pattern DATELINE_LABEL = Pattern.compile(
      "(?i)^(published|updated|posted|last updated|first published|date)\\s*(on|:)?\\s*(.+)$");
  private static final Pattern DATE_FIRST_PARAGRAPH =
      Pattern.compile("^(.{6,40}?)\\s*[–—-]\\s*(\\([^)]{2,40}\\)\\s*)?\\p{Lu}");
  private static final Pattern NAME_WITH_CREDIT = Pattern.compile(
      "^(.*?)\\s*\\(\\s*(?:source|sources|via|with|additional reporting by)\\s*:?\\s*([^)]+)\\)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PERSON_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'.\\-]+(\\s+\\p{Lu}[\\p{L}'.\\-]+){1,3}");
  private static final Pattern MASTHEAD_WITH_SECTION =
      Pattern.compile("((?:\\p{Lu}[\\p{Ll}.&']+\\s+){1,4})(\\p{Lu}{3,}(?:\\s+\\p{Lu}{3,})?)");
  private static final Pattern AUTHOR_PLACE = Pattern.compile("(?i)\\s+(in|from|at)\\s+\\p{Lu}.*$");

  private final OutletNames outlets;

  TextPageExtractor(OutletNames outlets) {
    this.outlets = outlets;
  }

  PageContent extract(String text) {
    List<String> lines = nonBlankLines(text);
    int bodyStart = -1;
    int bodyEnd = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isProse(lines, i)) {
        if (bodyStart < 0) {
          bodyStart = i;
        }
        bodyEnd = i;
      }
    }
    Page page = new Page();
    if (bodyStart < 0) {
      lines.forEach(page::header);
      return page.finish(null, outlets);
    }
    String headline = null;
    for (int i = 0; i < bodyStart; i++) {
      String line = lines.get(i);
      if (headline == null && isHeadline(line, lines.subList(0, bodyStart))) {
        headline = line;
      } else {
        page.header(line);
      }
    }
    for (int i = bodyStart; i <= bodyEnd; i++) {
      String line = lines.get(i);
      boolean creditFollows = i + 1 <= bodyEnd && LineKinds.isPhotoCredit(lines.get(i + 1))
          && !isProse(lines, i + 1);
      if (LineKinds.hasPhotoMarker(line) || (creditFollows && !LineKinds.isPhotoCredit(line))) {
        page.caption(line);
      } else if (isProse(lines, i) || isSubheading(lines, i, bodyEnd)) {
        page.paragraph(line, i == bodyStart);
      } else {
        page.footer(line);
      }
    }
    for (int i = bodyEnd + 1; i < lines.size(); i++) {
      page.footer(lines.get(i));
    }
    return page.finish(headline, outlets);
  }

  private static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip().replace('\u00a0', ' ');
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

  /** A line of running prose that is not a known leftover. */
  private static boolean isProse(List<String> lines, int index) {
    String line = lines.get(index);
    int words = TextShape.words(line);
    if (words < 6 || LineKinds.isLegal(line) || LineKinds.isPitch(line) || LineKinds.hasPhotoMarker(line)
        || LineKinds.isPhotoCredit(line)) {
      return false;
    }
    boolean sentence = LineKinds.endsSentence(line);
    double lowerShare = TextShape.lowerCaseShare(line);
    return (sentence && lowerShare >= 0.35) || (words >= 20 && lowerShare >= 0.5);
  }

  /** A headline: a title-like line in the header, not a sentence, not a leftover. */
  private static boolean isHeadline(String line, List<String> header) {
    int words = TextShape.words(line);
    if (words < 3 || words > 30 || LineKinds.isLeftover(line) || LineKinds.hasPhotoMarker(line)
        || BYLINE.matcher(line).matches()
        || DATELINE_LABEL.matcher(line).matches() || MASTHEAD_WITH_SECTION.matcher(line).matches()) {
      return false;
    }
    if (line.endsWith(".") && !line.endsWith("..")) {
      return false;
    }
    int longest = 0;
    for (String other : header) {
      if (!LineKinds.isLeftover(other) && !LineKinds.hasPhotoMarker(other) && !BYLINE.matcher(other).matches()
          && !DATELINE_LABEL.matcher(other).matches()) {
        longest = Math.max(longest, TextShape.words(other));
      }
    }
    return words >= Math.min(4, longest) && words * 2 >= longest;
  }

  /** A short titled line between prose paragraphs ("Arms race denounced"). */
  private static boolean isSubheading(List<String> lines, int index, int bodyEnd) {
    String line = lines.get(index);
    int words = TextShape.words(line);
    return words >= 2 && words <= 12 && !LineKinds.endsSentence(line) && !LineKinds.isLeftover(line)
        && index < bodyEnd && isProse(lines, index + 1) && index > 0 && isProse(lines, index - 1);
  }

  /** Collects what the line walk finds; turns it into a {@link PageContent} at the end. */
  private static final class Page {
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private final Set<String> authors = new LinkedHashSet<>();
    private final Set<String> credits = new LinkedHashSet<>();
    /** Outlet names the page states as such: byline parts, a masthead with its section. */
    private final List<String> statedOutlets = new ArrayList<>();
    /** Other header lines, taken as the outlet only when they name a known one. */
    private final List<String> headerLines = new ArrayList<>();
    private PublicationTime published;

    void header(String line) {
      boilerplate.add(line);
      Matcher byline = BYLINE.matcher(line);
      if (byline.matches()) {
        readByline(byline.group(1));
        return;
      }
      Matcher label = DATELINE_LABEL.matcher(line);
      if (label.matches()) {
        publishedFrom(label.group(3));
        return;
      }
      if (LineKinds.hasPhotoMarker(line)) {
        captions.add(line);
        return;
      }
      Matcher masthead = MASTHEAD_WITH_SECTION.matcher(line);
      if (masthead.matches()) {
        statedOutlets.add(masthead.group(1).strip());
      } else if (!LineKinds.isLeftover(line)) {
        headerLines.add(line);
      }
    }

    void paragraph(String line, boolean first) {
      paragraphs.add(line);
      if (first && published == null) {
        Matcher dateline = DATE_FIRST_PARAGRAPH.matcher(line);
        if (dateline.find()) {
          publishedFrom(dateline.group(1));
        }
      }
    }

    void caption(String line) {
      captions.add(line);
      boilerplate.add(line);
    }

    void footer(String line) {
      boilerplate.add(line);
      if (LineKinds.isPhotoCredit(line)) {
        return;
      }
      Matcher withCredit = NAME_WITH_CREDIT.matcher(line);
      if (withCredit.matches()) {
        String name = withCredit.group(1).strip();
        if (PERSON_NAME.matcher(name).matches()) {
          authors.add(TextShape.titleCaseIfShouting(name));
        }
        credits.add(withCredit.group(2).strip());
        return;
      }
      Matcher byline = BYLINE.matcher(line);
      if (byline.matches() && TextShape.words(line) <= 12) {
        readByline(byline.group(1));
      }
    }

    /** "REN QI in Moscow | China Daily | Updated: 2023-12-01 09:51". */
    private void readByline(String byline) {
      String[] parts = byline.split("\\s*[|•·]\\s*");
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i].strip();
        Matcher label = DATELINE_LABEL.matcher(part);
        if (label.matches()) {
          publishedFrom(label.group(3));
        } else if (i == 0) {
          for (String name : part.replaceFirst(AUTHOR_PLACE.pattern(), "").split("\\s*(,|\\band\\b|&)\\s*")) {
            if (!name.isBlank()) {
              authors.add(TextShape.titleCaseIfShouting(name.strip()));
            }
          }
        } else if (CalendarText.firstFullDate(part) != null) {
          publishedFrom(part);
        } else {
          statedOutlets.add(part);
        }
      }
    }

    private void publishedFrom(String text) {
      DateMatch match = CalendarText.firstFullDate(text);
      if (match != null && published == null) {
        published = new PublicationTime(match.dateIn(match.year()), match.time(), null);
      }
    }

    PageContent finish(String headline, OutletNames outlets) {
      String outlet = statedOutlets.isEmpty() ? null : outlets.canonical(statedOutlets.get(0));
      for (int i = 0; outlet == null && i < headerLines.size(); i++) {
        outlet = outlets.knownOutletIn(headerLines.get(i));
      }
      return new PageContent(null, outlet, headline, published, null, null, List.copyOf(authors), paragraphs,
          boilerplate, captions, List.copyOf(credits), null);
    }
  }
}
