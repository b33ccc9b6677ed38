package dev.parallax.brief;

import dev.parallax.model.Article;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the three citation rules of a brief against the articles it cites: every sentence
 * cites at least one valid span (a known article, inside its body); every quoted string in a
 * sentence is a verbatim substring of a cited span; every name the entity recogniser finds in
 * a sentence appears in a cited span (in full, or by its last word: "Peskov" for "Dmitry
 * Peskov"). Thread-safe.
 */
public final class BriefChecker {

  /** Text between double quotation marks, curly or straight. */
  private static final Pattern QUOTED = Pattern.compile("“([^”]+)”|\"([^\"]+)\"");

  private final Annotator annotator = Annotator.standard();

  /** One broken rule: the sentence (0-based), the rule, and what is wrong. */
  public record Violation(int sentence, Rule rule, String detail) {
    public Violation {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
      return "sentence " + (sentence + 1) + ": " + rule.description + ": " + detail;
    }
  }

  /** The citation rules. */
  public enum Rule {
    CITED("every sentence cites a valid article span"),
    QUOTES_VERBATIM("quoted words are verbatim from a cited span"),
    NAMES_CITED("every name appears in a cited span");

    final String description;

    Rule(String description) {
      this.description = description;
    }
  }

  /** A sentence to check, as read from anywhere: its text and what it cites (possibly nothing). */
  public record Claim(String text, List<Citation> citations) {
    public Claim {
      Objects.requireNonNull(text, "text");
      citations = List.copyOf(citations);
    }
  }

  /** The rules a brief breaks, in sentence order; empty when it keeps all three. */
  public List<Violation> check(Brief brief, Map<String, String> bodies) {
    return check(brief.sentences().stream().map(s -> new Claim(s.text(), s.citations())).toList(), bodies);
  }

  /**
   * The rules these sentences break, in sentence order; empty when they keep all three.
   *
   * @param bodies the body of every article, by id
   */
  public List<Violation> check(List<Claim> sentences, Map<String, String> bodies) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Claim sentence = sentences.get(i);
      List<String> cited = new ArrayList<>();
      for (Citation citation : sentence.citations()) {
        String body = bodies.get(citation.article());
        if (body == null) {
          violations.add(new Violation(i, Rule.CITED, "cites unknown article " + citation.article()));
        } else if (citation.span().end() > body.length()) {
          violations.add(new Violation(i, Rule.CITED, "span " + citation.span() + " is outside article "
              + citation.article() + " (" + body.length() + " characters)"));
        } else {
          cited.add(citation.span().of(body));
        }
      }
      if (sentence.citations().isEmpty()) {
        violations.add(new Violation(i, Rule.CITED, "no valid citation"));
      }
      for (Matcher quoted = QUOTED.matcher(sentence.text()); quoted.find(); ) {
        String words = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
        if (cited.stream().noneMatch(text -> text.contains(words))) {
          violations.add(new Violation(i, Rule.QUOTES_VERBATIM, "“" + words + "” is in no cited span"));
        }
      }
      for (String name : names(sentence.text())) {
        if (cited.stream().noneMatch(text -> namedIn(name, text))) {
          violations.add(new Violation(i, Rule.NAMES_CITED, name + " is named in no cited span"));
        }
      }
    }
    return violations;
  }

  private List<String> names(String text) {
    Article sentence = new Article("brief-sentence", "brief", null, null, null, null, List.of(), text,
        List.of(new Span(0, text.length())), List.of(), List.of(), List.of(), null);
    List<String> names = new ArrayList<>();
    for (Mention mention : annotator.annotate(sentence).mentions()) {
      String surface = mention.span().of(text);
      if (!names.contains(surface)) {
        names.add(surface);
      }
    }
    return names;
  }

  private static boolean namedIn(String name, String text) {
    if (text.contains(name)) {
      return true;
    }
    String[] words = name.split("\\s+");
    String last = words[words.length - 1].replaceAll("['’]s$", "");
    return !last.isEmpty() && Pattern.compile("\\b" + Pattern.quote(last) + "\\b").matcher(text).find();
  }
}
