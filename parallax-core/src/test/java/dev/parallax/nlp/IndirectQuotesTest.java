package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Content boundaries of reported speech, through {@link QuoteFinder}. */
class IndirectQuotesTest {


  @Test
  void contentStopsWhereASecondAttributionJoinsWithAnd() {
    String text = "Most dockworkers said the offer was too low, and a third said the talks should end.";
    assertContents(text, "the offer was too low", "the talks should end");
    assertContents("Tomas Brell said the gates would stay open and added that the pickets would stay too.",
        "the gates would stay open", "that the pickets would stay too");
    assertContents("Tomas Brell said the gates would stay open, he explained that the pickets would stay too.",
        "the gates would stay open", "that the pickets would stay too");
  }

  @Test
  void comparisonAfterACommaEndsTheContentAConcessionDoesNot() {
    assertContents("Most dockworkers said the offer was fair, compared with a third last year.", "the offer was fair");
    assertContents("Tomas Brell said the offer was fair, although it came late.", "the offer was fair, although it came late");
  }

  @Test
  void thatFarFromTheVerbOpensTheContentOnlyAfterAnObjectOrACircumstance() {
    assertContents("Tomas Brell said the new schedule was proof that the port had given up.",
        "the new schedule was proof that the port had given up");
    assertContents("Tomas Brell said on Monday that the port had given up.", "that the port had given up");
    assertContents("Ilse Varna told the board members that the port had given up.", "that the port had given up");
  }

  @Test
  void relativeClauseAfterAShortSubjectStaysInTheContent() {
    assertContents("Tomas Brell said the offer, which came on Friday, was too low.",
        "the offer, which came on Friday, was too low");
    assertContents("Tomas Brell said the port had waited for weeks for the new offer from the board, which came on Friday.",
        "the port had waited for weeks for the new offer from the board");
  }

  @Test
  void speakerWithAParenthesisOrAnOpeningConjunctionBeforeItsApposition() {
    assertIndirect("Rep. Ilse Varna (D-Ore.), a member of the water committee, said the dam would hold.", "Ilse Varna",
        "the dam would hold");
    assertIndirect("But Tomas Brell, the union leader at the port, said the strike would go on.", "Tomas Brell",
        "the strike would go on");
  }

  @Test
  void participleAfterACommaReportsWhatFollowsItAndItsSubjectMayHaveAnAdverb() {
    assertIndirect("Ilse Varna spoke first. She also visited the two dams, saying they were both too old.", "Ilse Varna",
        "they were both too old");
    assertContents("The mayor left the hall early, saying the plan would fail.", "the plan would fail");
  }

  @Test
  void objectOfToldEndsBeforeASubjectPronoun() {
    assertIndirect("Ilse Varna told the river board she would stay on.", "Ilse Varna", "she would stay on");
  }

  @Test
  void askedWithWhomAndWhenBeforeTheQuestion() {
    String text = "Asked by reporters on Monday whether the gates would hold, Tomas Brell said yes.";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals("whether the gates would hold", quotes.get(0).content().of(text), quotes::toString);
    assertNull(quotes.get(0).speaker(), "the question is the reporters', not Brell's");
    assertEquals("asked", quotes.get(0).cue());
  }

  private void assertIndirect(String text, String speaker, String content) {
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(1, quotes.size(), () -> text + " -> " + quotes);
    assertEquals(speaker, quotes.get(0).speaker(), text);
    assertEquals(content, quotes.get(0).content().of(text), text);
  }

  private void assertContents(String text, String... contents) {
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(List.of(contents), quotes.stream().map(quote -> quote.content().of(text)).toList(), text);
  }

}
