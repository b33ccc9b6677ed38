package dev.parallax.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefCheckerTest {

  private static final String BODY = "Mayor Ilse Varna said the canal \"belongs to the people of Tessel\" on Tuesday. "
      + "Police made eleven arrests.";
  private static final Map<String, String> BODIES = Map.of("a1", BODY);
  private static final Span FIRST = new Span(0, BODY.indexOf("Police") - 1);
  private static final Span SECOND = new Span(BODY.indexOf("Police"), BODY.length());

  private final BriefChecker checker = new BriefChecker();

  @Test
  void aVerbatimCitedSentencePasses() {
    assertEquals(List.of(), checker.check(List.of(sentence(FIRST.of(BODY), FIRST)), BODIES));
  }

  @Test
  void aNameIsFoundByItsLastWordAndQuotesMustBeVerbatim() {
    String text = "Ilse Varna: “belongs to the people of Tessel”";
    assertEquals(List.of(), checker.check(List.of(sentence(text, FIRST)), BODIES));
    List<BriefChecker.Violation> altered = checker.check(
        List.of(sentence("Ilse Varna: “belongs to all the people of Tessel”", FIRST)), BODIES);
    assertEquals(List.of(BriefChecker.Rule.QUOTES_VERBATIM), altered.stream().map(BriefChecker.Violation::rule).toList());
  }

  @Test
  void aQuoteFromAnotherSpanThanTheCitedOneFails() {
    List<BriefChecker.Violation> violations = checker.check(
        List.of(sentence("Police said: “belongs to the people of Tessel”", SECOND)), BODIES);
    assertEquals(BriefChecker.Rule.QUOTES_VERBATIM, violations.get(0).rule());
  }

  @Test
  void aNameMissingFromTheCitedSpansFails() {
    List<BriefChecker.Violation> violations = checker.check(
        List.of(sentence("Police chief Karl Dunne made eleven arrests.", SECOND)), BODIES);
    assertEquals(List.of(BriefChecker.Rule.NAMES_CITED), violations.stream().map(BriefChecker.Violation::rule).toList());
    assertEquals(0, violations.get(0).sentence());
  }

  @Test
  void unknownArticlesAndSpansOutsideTheBodyFail() {
    List<BriefChecker.Claim> broken = List.of(
        new BriefChecker.Claim("Police made eleven arrests.", List.of(new Citation("zz", SECOND))),
        sentence("Police made eleven arrests.", new Span(SECOND.start(), BODY.length() + 5)),
        new BriefChecker.Claim("Police made eleven arrests.", List.of()));
    List<BriefChecker.Violation> violations = checker.check(broken, BODIES);
    assertEquals(List.of(BriefChecker.Rule.CITED, BriefChecker.Rule.CITED, BriefChecker.Rule.CITED),
        violations.stream().map(BriefChecker.Violation::rule).toList());
    assertEquals(List.of(0, 1, 2), violations.stream().map(BriefChecker.Violation::sentence).toList());
  }

  private static BriefChecker.Claim sentence(String text, Span span) {
    return new BriefChecker.Claim(text, List.of(new Citation("a1", span)));
  }
}
