package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {


  @Test
  void speakerAfterTheQuoteInEitherOrder() {
    assertSpeaker("“We have waited two years for this,” said union leader Tomas Brell.", "Tomas Brell", "said");
    assertSpeaker("\"We will not accept these terms at all,\" Tomas Brell told reporters.", "Tomas Brell", "told");
  }

  @Test
  void speakerWithAnAppositionAfterTheQuote() {
    assertSpeaker("“The gates are staying shut tonight,” Ilse Varna, the engineer in charge of the harbour dam, told "
        + "reporters.", "Ilse Varna", "told");
    assertSpeaker("Ilse Varna walked to the dam. “We were wrong to wait so long,” Tomas Brell, 58, told the radio.",
        "Tomas Brell", "told");
  }

  @Test
  void attributionClosingTheSentenceAfterWordsThatFollowTheQuote() {
    assertSpeaker("Ilse Varna spoke first. “We have voted for the bridge every single time” and against the toll, "
        + "Tomas Brell said.", "Tomas Brell", "said");
  }

  @Test
  void speakerBeforeTheQuote() {
    assertSpeaker("Board spokeswoman Ilse Varna said: \"The gates will stay open for now.\"", "Ilse Varna", "said");
    String text = "Ilse Varna expressed concern, stating, “This level has not been seen before.”";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("concern", quotes.get(0).content().of(text), "a verb-frame attribution: what she expressed");
    assertEquals("expressed", quotes.get(0).cue());
    assertEquals(Quote.Kind.DIRECT, quotes.get(1).kind());
    assertEquals("Ilse Varna", quotes.get(1).speaker());
    assertEquals("stating", quotes.get(1).cue());
  }

  @Test
  void aDayBetweenSpeakerAndVerbIsNoSpeaker() {
    assertSpeaker("Tomas Brell on Friday said the strike at the harbour would go on.", "Tomas Brell", "said");
    String text = "Ilse Varna on Tuesday night rejected the new toll on the river bridge.";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(1, quotes.size(), quotes::toString);
    Quote quote = quotes.get(0);
    assertEquals("Ilse Varna", quote.speakerSpan().of(text), quotes::toString);
    assertEquals("Ilse Varna", quote.speaker());
  }

  @Test
  void aNarrativeClauseAfterATrailingAttributionIsNotTheContent() {
    String text = "Any rise in the bridge toll would be a mistake, Tomas Brell said on Monday, after the mayor "
        + "offered to pay for the repairs.";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("Any rise in the bridge toll would be a mistake", quotes.get(0).content().of(text));
    assertEquals("Tomas Brell", quotes.get(0).speaker());
  }

  @Test
  void aQuestionPutToTheSpeakerHasNoSpeaker() {
    String text = "Asked whether the bridge would reopen before winter, Tomas Brell said the repairs would take "
        + "a month.";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("whether the bridge would reopen before winter", quotes.get(0).content().of(text));
    assertEquals("asked", quotes.get(0).cue());
    assertNull(quotes.get(0).speaker(), "the reporter asked, unnamed");
    assertNull(quotes.get(0).speakerSpan());
    assertEquals("the repairs would take a month", quotes.get(1).content().of(text));
    assertEquals("Tomas Brell", quotes.get(1).speaker());
  }

  @Test
  void aDescribedInstitutionIsItsOwnSpeaker() {
    String text = "The Harbour Board met on Monday. According to the migration agency, more than 600 people "
        + "arrived at the harbour this month.";
    Quote quote = QuoteFixtures.find(text).get(0);
    assertEquals("the migration agency", quote.speakerSpan().of(text));
    assertEquals("migration agency", quote.speaker(), "not the last organisation named");
  }

  @Test
  void pronounTakesTheLastPersonNamed() {
    assertSpeaker("Ilse Varna visited the dam. “The walls are holding up well,” she said.", "Ilse Varna", "said");
  }

  @Test
  void unattributedFollowUpQuoteInheritsTheSpeakerAndShortScareQuotesAreSkipped() {
    String text = "The “excessive” plan, Tomas Brell said, was late. “We are not moving,” Tomas Brell said. "
        + "“This is the end of the matter for us.”";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(3, quotes.size(), quotes::toString);
    assertEquals(Quote.Kind.INDIRECT, quotes.get(0).kind(), "the parenthetical attribution reports the sentence");
    assertEquals("Tomas Brell", quotes.get(2).speaker());
    assertEquals("This is the end of the matter for us.", quotes.get(2).content().of(text));
  }

  @Test
  void quoteWithoutAttributionGoesToThePersonThePassageIsAbout() {
    String text = "Ilse Varna walked along the dam at dawn. “The walls are holding and the gates are open today.”";
    Quote quote = QuoteFixtures.find(text).get(0);
    assertEquals("Ilse Varna", quote.speaker());
    assertNull(quote.cue());
  }

  @Test
  void quoteWithoutAttributionHasNoSpeaker() {
    List<Quote> quotes = QuoteFixtures.find("The sign read “closed until further notice for all visitors”. Its title was “Gates Closed "
        + "for Now”.");
    assertEquals(1, quotes.size());
    assertNull(quotes.get(0).speaker());
  }

  @Test
  void shortQuoteWithItsOwnAttributionButNoShortTitle() {
    assertSpeaker("“Never,” Tomas Brell said when asked about the offer.", "Tomas Brell", "said");
    assertSpeaker("Tomas Brell said: “Absolutely not.”", "Tomas Brell", "said");
    assertEquals(List.of(), QuoteFixtures.find("Ilse Varna told “Harbour Morning Radio.”"));
  }

  @Test
  void titleInQuotationMarksIsNoQuote() {
    assertEquals(List.of(), QuoteFixtures.find("Her memoir, “The Long Road Home: Years of the Harbour and the Dam,” sold well."));
  }

  @Test
  void indirectSpeechAfterTheVerbWithOrWithoutThat() {
    assertIndirect("Tomas Brell said that the union would stay out until Friday.", "Tomas Brell", "said",
        "that the union would stay out until Friday");
    assertIndirect("Ilse Varna told reporters on Monday that the gates would stay open.", "Ilse Varna", "told",
        "that the gates would stay open");
    assertIndirect("Tomas Brell warned the strike could spread to other ports.", "Tomas Brell", "warned",
        "the strike could spread to other ports");
  }

  @Test
  void indirectSpeechBeforeTheAttributionAndWithAccordingTo() {
    assertIndirect("The talks will resume on Thursday in the capital, Tomas Brell said.", "Tomas Brell", "said",
        "The talks will resume on Thursday in the capital");
    assertIndirect("The gates will stay open for two more days, said Ilse Varna.", "Ilse Varna", "said",
        "The gates will stay open for two more days");
    assertIndirect("According to Ilse Varna, the reservoir is at its highest level.", "Ilse Varna", "according to",
        "the reservoir is at its highest level");
    assertIndirect("The reservoir is at its highest level in forty years, according to Ilse Varna.", "Ilse Varna",
        "according to", "The reservoir is at its highest level in forty years");
  }

  @Test
  void twoClausesReportTwoThingsAndAParentheticalAttributionTakesTheSentence() {
    String text = "Tomas Brell said the union would stay out, adding that the pickets would stay at the gates.";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("the union would stay out", quotes.get(0).content().of(text));
    assertEquals("that the pickets would stay at the gates", quotes.get(1).content().of(text));
    assertEquals("Tomas Brell", quotes.get(1).speaker());
    String parenthetical = "The gates, Ilse Varna said, would stay open for two more days.";
    Quote quote = QuoteFixtures.find(parenthetical).get(0);
    assertEquals("Ilse Varna", quote.speaker());
    assertEquals("The gates, Ilse Varna said, would stay open for two more days", quote.content().of(parenthetical));
  }

  @Test
  void reportingVerbsInsideADirectQuoteAreTheSpeakersWordsAndAskedTakesIfOrWhether() {
    List<Quote> quotes = QuoteFixtures.find("“Just to be clear, I never said no to the offer,” Tomas Brell wrote in an email on Monday.");
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals(Quote.Kind.DIRECT, quotes.get(0).kind());
    assertIndirect("Ilse Varna asked whether the gates could stay open all night.", "Ilse Varna", "asked",
        "whether the gates could stay open all night");
  }

  @Test
  void nameAndColonOpeningASentence() {
    assertIndirect("Tomas Brell: the union will not sign this offer.", "Tomas Brell", ":",
        "the union will not sign this offer");
    assertEquals(List.of(), QuoteFixtures.find("Update at noon: the gates will stay open for now."));
  }

  @Test
  void appositionParticipleAndRoleSpeakers() {
    assertIndirect("Tomas Brell, the head of the dockworkers' union in the port, said the offer was unfair.",
        "Tomas Brell", "said", "the offer was unfair");
    assertIndirect("Tomas Brell spoke at the gates, stressing that the strike would go on.", "Tomas Brell", "stressing",
        "that the strike would go on");
    String text = "Kremlin spokesman Dmitry Peskov spoke on Monday. Later, the Kremlin spokesman said that the "
        + "measure was excessive and unjustified.";
    Quote quote = QuoteFixtures.find(text).get(0);
    assertEquals("Dmitry Peskov", quote.speaker());
    assertEquals("the Kremlin spokesman", quote.speakerSpan().of(text));
  }

  @Test
  void organisationAsSpeaker() {
    String text = "The Water Board met on Friday. The board said in a statement that the dam was safe for now.";
    Quote quote = QuoteFixtures.find(text).get(0);
    assertEquals(Quote.Kind.INDIRECT, quote.kind());
    assertEquals("Water Board", quote.speaker());
  }

  @Test
  void quoteOverSeveralParagraphsAndQuoteSplitByTheAttribution() {
    String text = "Ilse Varna said: “The walls are holding and the gates are open.\n\n“We will watch the dam all night.”";
    int gap = text.indexOf("\n\n");
    List<Quote> quotes = QuoteFixtures.find(text, List.of(new Span(0, gap), new Span(gap + 2, text.length())));
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("The walls are holding and the gates are open.\n\n“We will watch the dam all night.",
        quotes.get(0).content().of(text));
    assertEquals("Ilse Varna", quotes.get(0).speaker());
    String split = "“We have waited two years,” Tomas Brell said. “The waiting is over for all of us.”";
    List<Quote> halves = QuoteFixtures.find(split);
    assertEquals(2, halves.size());
    assertEquals("Tomas Brell", halves.get(1).speaker());
  }

  @Test
  void circumstanceAfterTheAttributionIsNotReportedSpeech() {
    assertSpeaker("“The bridge will reopen in May,” Ilse Varna said during a visit to the flooded site.", "Ilse Varna",
        "said");
    assertSpeaker("“We are not going back to work yet,” Tomas Brell said as the pickets cheered him on.", "Tomas Brell",
        "said");
    assertSpeaker("“The gates held through the night,” Ilse Varna said aboard the pilot boat in the harbour.",
        "Ilse Varna", "said");
  }

  @Test
  void participleAfterADirectQuoteTakesTheQuotesSpeakerAndTheSpeakersAppositionIsNoQuote() {
    String text = "“The vote has to come first, and the budget can wait,” Tomas Brell said, referring to the plan "
        + "for the new harbour.";
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("the plan for the new harbour", quotes.get(1).content().of(text));
    assertEquals("Tomas Brell", quotes.get(1).speaker());
    assertSpeaker("''Some of the gates are rusting, others are fine,'' said Ilse Varna, a harbour engineer who "
        + "inspects the dam every spring.", "Ilse Varna", "said");
  }

  @Test
  void introductoryPhraseBeforeTheSpeakerIsNoContent() {
    String text = "In a speech at the harbour, Tomas Brell declared: “We will stay out until the offer is fair.”";
    String shape = "During the meeting, Tomas Brell also posted messages on the union website.";
    List<Quote> quotes = QuoteFixtures.find(shape);
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals("messages on the union website", quotes.get(0).content().of(shape));
    assertSpeaker(text, "Tomas Brell", "declared");
  }

  @Test
  void doubledApostrophesAndTokenisedQuotes() {
    assertSpeaker("''We will not accept these terms at all,'' said Tomas Brell.", "Tomas Brell", "said");
    assertSpeaker("``We will not accept these terms at all,'' said Tomas Brell.", "Tomas Brell", "said");
  }

  @Test
  void directQuoteInsideReportedSpeechIsPartOfIt() {
    List<Quote> quotes = QuoteFixtures.find("Tomas Brell said the offer was “not enough for a family to live on” and would be refused.");
    assertEquals(1, quotes.size());
    assertEquals(Quote.Kind.INDIRECT, quotes.get(0).kind());
  }

  @Test
  void mixedQuoteWithTrailingAttributionTakesTheClause() {
    assertIndirect("The new gates “were built far too late,” Tomas Brell said.", "Tomas Brell", "said",
        "The new gates “were built far too late,”");
    List<Quote> quotes = QuoteFixtures.find("On Friday, “we will not accept these terms at all,” Tomas Brell said.");
    assertEquals(1, quotes.size(), quotes::toString);
    assertEquals(Quote.Kind.DIRECT, quotes.get(0).kind(), "a comma before the opening mark: the quote stands alone");
  }

  private void assertIndirect(String text, String speaker, String cue, String content) {
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(1, quotes.size(), () -> text + " -> " + quotes);
    assertEquals(Quote.Kind.INDIRECT, quotes.get(0).kind(), text);
    assertEquals(speaker, quotes.get(0).speaker(), text);
    assertEquals(cue, quotes.get(0).cue(), text);
    assertEquals(content, quotes.get(0).content().of(text), text);
  }

  private void assertSpeaker(String text, String speaker, String cue) {
    List<Quote> quotes = QuoteFixtures.find(text);
    assertEquals(1, quotes.size(), () -> text + " -> " + quotes);
    assertEquals(speaker, quotes.get(0).speaker(), text);
    assertEquals(cue, quotes.get(0).cue(), text);
  }

}
