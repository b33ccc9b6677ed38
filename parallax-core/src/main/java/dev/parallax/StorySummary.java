package dev.parallax;

import dev.parallax.compare.Coverage;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A story as a list shows it: its title, the first sentence of its brief, how many events and
 * articles it holds, its outlets and the first and last day it was reported.
 *
 * @param lead the first sentence of its brief, or null when the brief is empty
 * @param outlets the named outlets of its articles, in order of first appearance ("unknown outlet"
 *     for articles without one)
 * @param first the first day any of its articles was published (or its event happened), or null
 * @param last the last such day, or null
 */
public record StorySummary(String id, String title, String lead, int events, int articles, List<String> outlets,
    LocalDate first, LocalDate last) {
  public StorySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    outlets = List.copyOf(outlets);
  }

  /** The order of a story list: latest last day first (undated last), then more articles, then by id. */
  public static final Comparator<StorySummary> LATEST_FIRST =
      Comparator.comparing(StorySummary::last, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(StorySummary::articles, Comparator.reverseOrder())
          .thenComparing(StorySummary::id);

  /**
   * The summary of a story from its report and its events' reports, in display order (see
   * {@link #displayOrder}): outlets in order of first report, days from every article's
   * publication day (an undated article counts on its event's day).
   */
  static StorySummary of(Analysis.StoryReport report, List<Analysis.EventReport> events) {
    Set<String> outlets = new LinkedHashSet<>();
    TreeMap<LocalDate, Integer> days = coverage(events);
    int articles = 0;
    for (Analysis.EventReport event : events) {
      for (Coverage.Report article : event.comparison().coverage().reports()) {
        articles++;
        outlets.add(article.outlet() == null ? "unknown outlet" : article.outlet());
      }
    }
    String lead = report.brief().sentences().isEmpty() ? null : report.brief().sentences().get(0).text();
    return new StorySummary(report.story().id(), report.story().title(), lead, events.size(), articles,
        List.copyOf(outlets), days.isEmpty() ? null : days.firstKey(), days.isEmpty() ? null : days.lastKey());
  }

  /** Articles per day: the publication day, or the event's day for an undated article. */
  static TreeMap<LocalDate, Integer> coverage(List<Analysis.EventReport> events) {
    TreeMap<LocalDate, Integer> days = new TreeMap<>();
    for (Analysis.EventReport event : events) {
      for (Coverage.Report article : event.comparison().coverage().reports()) {
        LocalDate day = article.published() != null ? article.published().date() : event.event().date();
        if (day != null) {
          days.merge(day, 1, Integer::sum);
        }
      }
    }
    return days;
  }

  /** A story's events as pages show them: dated ones by date, then the undated, each in story order. */
  static List<Analysis.EventReport> displayOrder(List<Analysis.EventReport> events) {
    return events.stream().sorted(Comparator.comparing((Analysis.EventReport event) -> event.event().date(),
        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
  }
}
