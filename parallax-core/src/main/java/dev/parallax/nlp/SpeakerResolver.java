package dev.parallax.nlp;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the words naming a speaker into an entity: a person or organisation named inside them
 * ("Putin's spokesman Dmitry Peskov" → Dmitry Peskov); a role ("the Kremlin spokesman", "the
 * ministry") → the last entity named before with that role word beside it, else an institution
 * described by more than its head ("the migration agency") is its own speaker, else the last
 * person (or organisation) named; a pronoun → the last person named before ("he", "she") or the
 * last organisation ("it", "they"). Thread-safe.
 */
final class SpeakerResolver {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "we");
  private static final Set<String> INSTITUTIONS = Set.of("statement", "ministry", "office", "government",
      "department", "agency", "embassy", "kremlin", "army", "police", "company", "committee", "campaign",
      "party", "administration", "council", "commission", "court", "newspaper", "spokesperson's", "service",
      "bureau", "organization", "organisation", "group", "network", "union", "firm", "board", "team", "poll",
      "survey", "report", "study", "center", "centre", "institute", "house");
  /** How far before or after a named entity a role word ("spokesman") is taken to describe it. */
  private static final int ROLE_WINDOW = 40;

  /** The canonical name of the entity the speaker words refer to, or null when unresolved. */
  String resolve(String body, Span speakerSpan, List<Mention> mentions) {
    Mention named = namedInside(body, speakerSpan, mentions);
    if (named != null && named.type() == EntityType.PERSON) {
      return named.entity();
    }
    String text = speakerSpan.of(body).strip();
    String words = text.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(words)) {
      return lastBefore(mentions, speakerSpan.start(), EntityType.PERSON);
    }
    if (GROUP_PRONOUNS.contains(words)) {
      return lastBefore(mentions, speakerSpan.start(), EntityType.ORGANIZATION);
    }
    String head = words.substring(words.lastIndexOf(' ') + 1);
    boolean definite = words.startsWith("the ");
    boolean indefinite = words.startsWith("a ") || words.startsWith("an ");
    boolean institution = INSTITUTIONS.contains(head);
    if (definite && head.length() > 2 && Character.isLowerCase(text.charAt(text.lastIndexOf(' ') + 1))) {
      String described = describedBy(body, head, speakerSpan.start(), mentions);
      if (described != null) {
        return described;
      }
    }
    if (named != null) {
      return named.entity();
    }
    if (isProperName(text) || institution && !definite && !indefinite && Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    if (!definite) {
      return null;
    }
    if (institution && words.indexOf(' ') != words.lastIndexOf(' ')) {
      return text.substring("the ".length());
    }
    return lastBefore(mentions, speakerSpan.start(), institution ? EntityType.ORGANIZATION : EntityType.PERSON);
  }

  /** The person named in the words (the last one not in a possessive), else another entity. */
  private static Mention namedInside(String body, Span speakerSpan, List<Mention> mentions) {
    Mention person = null;
    Mention other = null;
    for (Mention mention : mentions) {
      if (mention.span().start() >= speakerSpan.end()) {
        break;
      }
      if (!speakerSpan.overlaps(mention.span())) {
        continue;
      }
      boolean possessive = body.startsWith("'s", mention.span().end()) || body.startsWith("’s", mention.span().end());
      if (mention.type() == EntityType.PERSON && !possessive) {
        person = mention;
      } else if (mention.type() != EntityType.PERSON && mention.type() != EntityType.PLACE && other == null
          && !possessive) {
        other = mention;
      }
    }
    return person != null ? person : other;
  }

  /** Words that all start with a capital letter ("Brell", "Jacek Siewiera"). */
  private static boolean isProperName(String words) {
    for (String word : words.split(" ")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return words.length() > 1;
  }

  /** The last entity before {@code offset} with the role word within a few words of it. */
  private static String describedBy(String body, String head, int offset, List<Mention> mentions) {
    String found = null;
    for (Mention mention : mentions) {
      if (mention.span().start() >= offset) {
        break;
      }
      if (mention.type() != EntityType.PERSON && mention.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int from = Math.max(0, mention.span().start() - ROLE_WINDOW);
      int to = Math.min(body.length(), mention.span().end() + ROLE_WINDOW);
      String around = body.substring(from, to).toLowerCase(Locale.ROOT);
      if (around.contains(head) || mention.entity().toLowerCase(Locale.ROOT).contains(head)) {
        found = mention.entity();
      }
    }
    return found;
  }

  private static String lastBefore(List<Mention> mentions, int offset, EntityType type) {
    String last = null;
    for (Mention mention : mentions) {
      if (mention.span().start() >= offset) {
        break;
      }
      if (mention.type() == type) {
        last = mention.entity();
      }
    }
    return last;
  }
}
