package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingAnalyzerTest {

  private final List<AnnotatedArticle> march = CompareFixtures.march();
  private final Framing framing = new FramingAnalyzer().analyze(march);

  @Test
  void differentWordsForTheMarchersAreListedWithWhereEachIsUsed() {
    Framing.WordChoice marchers = framing.wordChoices().stream()
        .filter(choice -> choice.referent().equals("people protesting")).findFirst().orElseThrow();
    assertEquals(List.of("protester", "rioter", "demonstrator"), marchers.terms());
    AnnotatedArticle herald = CompareFixtures.of(march, CompareFixtures.HERALD);
    Framing.Wording rioters = marchers.wordings().stream()
        .filter(w -> w.article().equals(herald.id()) && !w.inHeadline()).findFirst().orElseThrow();
    assertEquals("rioters", rioters.span().of(herald.body()));
    assertFalse(rioters.quoted());
    assertTrue(marchers.wordings().stream().anyMatch(w -> w.article().equals(herald.id()) && w.inHeadline()));
  }

  @Test
  void aWordOnlyOutletsQuoteIsListed() {
    Framing.QuotedWord hooligans = framing.quoteOnlyWords().stream()
        .filter(word -> word.word().equals("hooligan")).findFirst().orElseThrow();
    assertTrue(hooligans.uses().stream().allMatch(Framing.Wording::quoted));
  }

  @Test
  void headlineVerbsAndFirstVoices() {
    AnnotatedArticle herald = CompareFixtures.of(march, CompareFixtures.HERALD);
    Framing.HeadlineVerb verbs = framing.headlineVerbs().stream()
        .filter(v -> v.article().equals(herald.id())).findFirst().orElseThrow();
    assertEquals(List.of("block"), verbs.verbs());
    AnnotatedArticle courier = CompareFixtures.of(march, CompareFixtures.COURIER);
    Framing.FirstVoice first = framing.firstVoices().stream()
        .filter(v -> v.article().equals(courier.id())).findFirst().orElseThrow();
    assertEquals("Ilse Varna", first.speaker());
  }

  @Test
  void quotationMarksAreRecognisedAroundAPosition() {
    String text = "He called them \"hooligans\" and ‘thugs’, then said “go home” twice.";
    assertTrue(FramingAnalyzer.insideQuotationMarks(text, text.indexOf("hooligans")));
    assertTrue(FramingAnalyzer.insideQuotationMarks(text, text.indexOf("thugs")));
    assertTrue(FramingAnalyzer.insideQuotationMarks(text, text.indexOf("home")));
    assertFalse(FramingAnalyzer.insideQuotationMarks(text, text.indexOf("twice")));
    assertFalse(FramingAnalyzer.insideQuotationMarks(text, text.indexOf("called")));
  }

  @Test
  void headlineVerbFormsAreRecognised() {
    assertTrue(FramingAnalyzer.isVerb("rejects"));
    assertTrue(FramingAnalyzer.isVerb("regretted"));
    assertTrue(FramingAnalyzer.isVerb("citing") == FramingAnalyzer.isVerb("cites"));
    assertFalse(FramingAnalyzer.isVerb("border"));
  }
}
