package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

  private final EntityRecognizer recognizer = new EntityRecognizer(Gazetteer.bundled());
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void titlesAreStrippedAndShortFormsTakeTheFullName() {
    String text = "Port authority spokeswoman Lena Marsk said the offer stood. Marsk added that talks "
        + "would resume. Finnish President Sauli Vento met NATO Secretary-General Arne Dahl in Brussels.";
    Map<String, EntityType> found = entities(text);
    assertEquals(EntityType.PERSON, found.get("Lena Marsk"));
    assertEquals(EntityType.PERSON, found.get("Sauli Vento"));
    assertEquals(EntityType.PERSON, found.get("Arne Dahl"));
    assertEquals(EntityType.ORGANIZATION, found.get("NATO"));
    assertEquals(EntityType.PLACE, found.get("Finland"));
    assertEquals(EntityType.PLACE, found.get("Brussels"));
    List<Mention> marsk = mentions(text).stream().filter(m -> m.entity().equals("Lena Marsk")).toList();
    assertEquals(2, marsk.size());
    assertEquals("Marsk", marsk.get(1).span().of(text));
  }

  @Test
  void organisationWordsAndPossessivesAreHandled() {
    String text = "Russia’s Foreign Ministry protested. The Polish National Security Bureau replied that the Kremlin erred.";
    Map<String, EntityType> found = entities(text);
    assertEquals(EntityType.ORGANIZATION, found.get("Foreign Ministry"));
    assertEquals(EntityType.PLACE, found.get("Russia"));
    assertEquals(EntityType.ORGANIZATION, found.get("Polish National Security Bureau"));
    assertEquals(EntityType.ORGANIZATION, found.get("Kremlin"));
  }

  @Test
  void sentenceInitialWordsAreNamesOnlyWhenTheTextSaysSo() {
    String text = "Separately, the board met. Naturally, nothing changed. However, Orrin flooded again.";
    Map<String, EntityType> found = entities(text);
    assertTrue(!found.containsKey("Separately") && !found.containsKey("Naturally") && !found.containsKey("However"),
        found.toString());
    assertTrue(found.containsKey("Orrin"), found.toString());
  }

  private List<Mention> mentions(String text) {
    return recognizer.recognize(text, splitter.split(text));
  }

  private Map<String, EntityType> entities(String text) {
    Map<String, EntityType> found = new TreeMap<>();
    mentions(text).forEach(mention -> found.put(mention.entity(), mention.type()));
    return found;
  }
}
