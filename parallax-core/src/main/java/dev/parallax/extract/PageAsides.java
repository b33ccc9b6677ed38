package dev.parallax.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a page shows beside its article, gathered in one pass over the DOM: captions
 * ({@code figcaption}, and small elements with a caption or credit class) and boilerplate worth
 * reporting (navigation, footers, asides, cookie, share and newsletter boxes; at most
 * {@value #MAX_BOILERPLATE} lines, each cut to about 200 characters).
 */
record PageAsides(List<String> captions, List<String> boilerplate) {

  static final int MAX_BOILERPLATE = 50;

  static PageAsides of(Document document) {
    Set<String> captions = new LinkedHashSet<>();
    Set<String> boilerplate = new LinkedHashSet<>();
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (!(node instanceof Element element)) {
        return;
      }
      String name = element.normalName();
      String className = element.className().toLowerCase(Locale.ROOT);
      if (name.equals("figcaption")
          || (className.contains("caption") || className.contains("credit")) && element.select("p, div").size() <= 2) {
        add(captions, element.text());
      }
      if (boilerplate.size() < MAX_BOILERPLATE && (name.equals("nav") || name.equals("footer") || name.equals("aside")
          || className.contains("cookie") || className.contains("share") || className.contains("newsletter"))) {
        String text = normalize(element.text());
        add(boilerplate, text.length() > 200 ? text.substring(0, text.lastIndexOf(' ', 200) + 1).strip() + " …" : text);
      }
    }, document);
    return new PageAsides(List.copyOf(captions), List.copyOf(boilerplate));
  }

  private static void add(Set<String> into, String text) {
    String normalized = normalize(text);
    if (!normalized.isEmpty()) {
      into.add(normalized);
    }
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
