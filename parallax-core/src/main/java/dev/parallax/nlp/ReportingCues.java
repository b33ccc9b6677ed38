package dev.parallax.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that introduce reported speech or thought ("said", "told", "warned", "according
 * to"), in all their inflections, and the words that may sit between a speaker and its cue
 * ("also", "has", "later"). A small hand-written lexicon.
 */
final class ReportingCues {

  private static final Set<String> VERBS = inflect(
      "say:said", "tell:told", "add", "note", "write:wrote:written", "argue", "claim", "warn", "announce",
      "report", "suggest", "explain", "insist", "state", "declare", "acknowledge", "admit:admitted:admitting", "predict", "accuse",
      "urge", "ask", "tweet", "post", "recall", "stress", "emphasize", "emphasise", "confirm", "deny:denied",
      "contend", "maintain", "concede", "complain", "estimate", "indicate", "reveal", "vow", "pledge", "promise",
      "assert", "allege", "observe", "remark", "reply:replied", "respond", "retort", "counter", "caution",
      "continue", "conclude", "comment", "charge", "testify:testified", "boast", "joke", "lament", "concur",
      "agree", "disclose", "point", "mention", "describe", "believe", "think:thought", "show", "find:found",
      "hint", "signal", "predict", "worry:worried", "fear", "hope", "expect", "tell:told", "declare", "demand",
      "insist", "explain", "reiterate", "clarify:clarified", "specify:specified", "underline", "underscore",
      "highlight", "surmise", "speculate", "acknowledge", "posit", "proclaim", "recount", "relate", "shout",
      "scream", "cry:cried", "whisper", "muse", "quip", "chime", "learn", "assure", "inform", "notify:notified",
      "reassure", "remind", "convince", "persuade", "guarantee", "swear:swore:sworn", "affirm", "announce",
      "call", "criticize", "criticise", "praise", "defend", "propose", "cite", "blame", "question", "dismiss",
      "know:knew:known", "see:saw:seen", "feel:felt", "recognize", "understand:understood", "acknowledge", "forecast",
      "project", "calculate", "conclude", "determine", "discover", "doubt", "imagine", "realize", "realise");

  /** Forms that are more often nouns than verbs ("the state", "his remarks"). */
  private static final Set<String> NOUN_FORMS = Set.of("state", "states", "report", "reports", "point", "points",
      "comment", "comments", "remark", "remarks", "note", "notes", "post", "posts", "show", "shows", "find", "finds",
      "hope", "hopes", "fear", "fears", "counter", "charge", "charges", "worry", "worries", "caution", "learn",
      "signal", "signals", "hint", "hints", "promise", "promises", "pledge", "pledges", "vow", "vows", "demand",
      "demands", "estimate", "estimates", "joke", "jokes", "claim", "claims", "reply", "replies", "cry", "cries",
      "tweet", "tweets", "relate", "chime", "highlight", "highlights", "posting", "finding", "findings",
      "counters", "muse", "quip", "mention", "ask",
      // below 0.4 precision as cues on the PolNeAR train split (`parallax eval quotes --cues`)
      "question", "questions", "known", "knew", "seen", "saw", "felt", "pledged", "pledging");
  /** Words in "-ly" that are no adverbs. */
  private static final Set<String> NOT_ADVERBS = Set.of("family", "assembly", "monopoly", "anomaly", "supply",
      "rally", "homily", "italy", "july", "reply", "apply", "comply", "imply", "belly", "bully", "jelly", "folly",
      "holly", "lily", "butterfly", "firefly", "multiply", "only");
  private static final Set<String> BETWEEN = Set.of("also", "has", "have", "had", "later", "then", "previously",
      "earlier", "further", "again", "once", "repeatedly", "recently", "publicly", "privately", "flatly",
      "reportedly", "would", "will", "did", "does", "do", "was", "is", "were", "are", "been", "not",
      "never", "often", "still", "already", "quickly", "simply", "just", "even", "first", "explicitly",
      "separately", "similarly");

  private ReportingCues() {}

  /** Whether the lower-cased word is a reporting verb in any inflection. */
  static boolean isVerb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return VERBS.contains(lower) && !NOUN_FORMS.contains(lower);
  }

  /** Whether the word has the form of a reporting verb, even one more often a noun ("polls show that"). */
  static boolean isVerbForm(String word) {
    return VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word may stand between a speaker and its reporting verb: "has", "also", or a
   * manner adverb in "-ly" ("quietly", "formally"), lower-case.
   */
  static boolean mayPrecedeVerb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return BETWEEN.contains(lower) || lower.length() > 5 && lower.endsWith("ly") && lower.equals(word)
        && !NOT_ADVERBS.contains(lower);
  }

  /** Each entry is "base" or "base:irregular:forms"; regular forms are derived from the base. */
  static Set<String> inflect(String... entries) {
    Set<String> words = new HashSet<>();
    for (String entry : entries) {
      String[] forms = entry.split(":");
      String base = forms[0];
      for (String form : forms) {
        words.add(form);
      }
      words.add(base.endsWith("y") && !base.endsWith("ey") && !base.endsWith("ay") && !base.endsWith("oy")
          ? base.substring(0, base.length() - 1) + "ies" : base.endsWith("s") || base.endsWith("sh") ? base + "es" : base + "s");
      String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
      words.add(stem + "ing");
      if (forms.length == 1) {
        words.add(base.endsWith("e") ? base + "d" : base + "ed");
      }
    }
    return Set.copyOf(words);
  }
}
