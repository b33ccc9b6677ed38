package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where reported content ends when its sentence goes on past it, through {@link QuoteFinder}. */
class ContentEndsTest {


  @Test
  void secondPredicateOfTheSubjectEndsAnObjectOrAParticipleReport() {
    assertContents("Ilse Varna declined to comment on the strike and left the hall early.", "to comment on the strike");
    assertContents("Ilse Varna vowed to fight the closure and called a meeting.", "to fight the closure", "a meeting");
    assertContents("The mayor spoke for an hour, urging residents to stay calm and promising new pumps.",
        "residents to stay calm");
    assertContents("The mayor left early after saying the dam would hold and quietly promising new pumps.",
        "the dam would hold");
    assertContents("Tomas Brell has said the dam would hold and has promised new pumps.", "the dam would hold",
        "new pumps");
    assertContents("Tomas Brell said the gates were shut and stopped the pickets.",
        "the gates were shut and stopped the pickets");
  }

  @Test
  void participleReportAfterACommaEndsTheFirstContentAlsoAfterAClosingQuote() {
    assertContents("Tomas Brell said the port would close, warning that jobs would go.", "the port would close",
        "that jobs would go");
    assertContents("Tomas Brell said the offer was “too low,” adding that the union would strike.",
        "the offer was “too low", "that the union would strike");
  }

  @Test
  void closingAppositionEndsTheContentAListOrAnInsertedAppositionDoesNot() {
    assertContents("Tomas Brell said the port would close in May, a decision the board took last week.",
        "the port would close in May");
    assertContents("Ilse Varna said the plan was a mistake, a waste and a risk.", "the plan was a mistake, a waste and a risk");
    assertContents("Ilse Varna said the mayor, a former docker, would resign.", "the mayor, a former docker, would resign");
  }

  @Test
  void singleDashEndsTheContentAnAsideOrAnElaborationDoesNot() {
    assertContents("Tomas Brell said the dam would hold — a claim the engineers dispute.", "the dam would hold");
    assertContents("Tomas Brell said the dam — built in 1960 — would hold.", "the dam — built in 1960 — would hold");
    assertContents("Tomas Brell said the dam would hold — especially after the repairs.",
        "the dam would hold — especially after the repairs");
  }

  @Test
  void contentInsideAnOpeningSubordinateClauseEndsAtItsComma() {
    assertContents("When Tomas Brell said the dam would hold, the engineers left.", "the dam would hold");
    assertContents("But while Ilse Varna said the plan was sound, the engineers left.", "the plan was sound");
  }

  @Test
  void commaAndAClauseWithItsOwnSubjectEndTheContent() {
    assertContents("Tomas Brell said the dam would hold, and the engineers left the site.", "the dam would hold");
  }

  @Test
  void nounPhraseObjectOfAFrameEndsBeforeACircumstance() {
    assertContents("Ilse Varna mocked Tomas Brell on the radio.", "Tomas Brell");
    assertContents("Ilse Varna mocked the plan when the council met.", "the plan");
    assertContents("Ilse Varna vowed to fight the closure when the council met.", "to fight the closure when the council met");
  }

  @Test
  void noBreakSpaceAfterAFullStopEndsTheSentence() {
    String text = "The dam held.\u00a0\nTomas Brell said the town was safe.";
    assertEquals(List.of("The dam held.", "Tomas Brell said the town was safe."),
        QuoteFixtures.sentences(text).stream().map(span -> span.of(text)).toList());
    assertContents("Tomas Brell said the dam held.\u00a0\nThe town slept.", "the dam held");
  }

  private void assertContents(String text, String... contents) {
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(List.of(contents), quotes.stream().map(quote -> quote.content().of(text)).toList(), text);
  }

}
