package dev.parallax.ingest;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: one document per item or entry, with its link,
 * title, publication date and content ({@code content:encoded} or Atom {@code content}, else
 * the description or summary) as HTML; the feed's own title is the outlet.
 *
 * <p>Hardened: the JDK's StAX parser runs with DTDs and external entities off, so entity
 * expansion (billion laughs) and XXE cannot happen; an undeclared entity is a {@code
 * malformed} error. Elements nested deeper than {@value #MAX_DEPTH} stop the feed with {@code
 * too_large}. Items complete before an error are kept. An item without content is its own
 * {@code empty} error (source {@code file#item-N}). Thread-safe.
 */
final class FeedReader {

  static final int MAX_DEPTH = 256;
  private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final XMLInputFactory FACTORY = hardenedFactory();

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /**
   * Reads the feed in {@code bytes} (at most the per-file limit), handing each item on as its
   * element closes; {@code name} names it in sources and errors.
   */
  void read(byte[] bytes, String name, FileIngest.Collector collector) {
    String text;
    try {
      text = decode(bytes);
    } catch (Decoder.NotText e) {
      collector.error(name, e.binary ? ErrorCode.BINARY : ErrorCode.INVALID_ENCODING, e.getMessage());
      return;
    }
    Parse parse = new Parse(name, collector);
    XMLStreamReader xml = null;
    try {
      synchronized (FACTORY) {
        xml = FACTORY.createXMLStreamReader(new StringReader(text));
      }
      parse.run(xml);
    } catch (XMLStreamException | RuntimeException e) {
      parse.fail(e);
    } finally {
      close(xml);
    }
  }

  /**
   * The feed as text, decoded here rather than by the XML parser so that bad bytes are an
   * {@code invalid_encoding} error: a byte-order mark or UTF-8 ({@link Decoder}), or the
   * encoding the XML declaration names, strictly.
   */
  private static String decode(byte[] bytes) throws Decoder.NotText {
    Charset declared = declaredEncoding(bytes);
    return declared == null ? Decoder.decode(bytes, false) : StrictCharset.decode(bytes, declared, "the feed");
  }

  private static Charset declaredEncoding(byte[] bytes) {
    if (bytes.length > 1 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF || bytes[0] == (byte) 0xEF)) {
      return null;
    }
    Matcher matcher = XML_ENCODING.matcher(new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1));
    return matcher.find() ? StrictCharset.named(matcher.group(1)) : null;
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // nothing held open: the input is an in-memory string
      }
    }
  }

  /** The state of reading one feed. */
  private static final class Parse {
    private final String name;
    private final FileIngest.Collector collector;
    private String outlet;
    private Item item;
    private int items;
    private int kept;

    Parse(String name, FileIngest.Collector collector) {
      this.name = name;
      this.collector = collector;
    }

    void run(XMLStreamReader xml) throws XMLStreamException {
      Deque<String> open = new ArrayDeque<>();
      Field field = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName().toLowerCase(Locale.ROOT);
          if (open.isEmpty() && !isFeedRoot(element)) {
            collector.error(name, ErrorCode.UNSUPPORTED, "not an RSS or Atom feed (root element <" + xml.getLocalName() + ">)");
            return;
          }
          if (open.size() >= MAX_DEPTH) {
            collector.error(name, ErrorCode.TOO_LARGE, "elements nested deeper than " + MAX_DEPTH + " at line "
                + xml.getLocation().getLineNumber() + "; the rest of the feed was not read");
            return;
          }
          if (field != null) {
            field.startChild(element);
          } else if (item == null && (element.equals("item") || element.equals("entry"))) {
            item = new Item();
          } else if (item != null) {
            field = item.fieldFor(element, xml);
          } else if (item == null && outlet == null && element.equals("title") && open.size() <= 2) {
            field = new Field(false, value -> outlet = blankToNull(value));
          }
          open.push(element);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (field != null) {
            field.text(xml.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String element = open.pop();
          if (field != null && field.end()) {
            field = null;
          } else if (item != null && (element.equals("item") || element.equals("entry")) && field == null) {
            finishItem();
          }
        }
      }
      if (items == 0) {
        collector.error(name, ErrorCode.EMPTY, "the feed has no items");
      }
    }

    private static boolean isFeedRoot(String element) {
      return element.equals("rss") || element.equals("rdf") || element.equals("feed");
    }

    private void finishItem() {
      items++;
      Item done = item;
      item = null;
      String itemSource = name + "#item-" + items;
      String body = done.content != null && !done.content.isBlank() ? done.content : done.summary;
      boolean html = done.content != null && !done.content.isBlank() ? done.contentIsHtml : done.summaryIsHtml;
      String link = blankToNull(done.link);
      if (body == null || body.isBlank()) {
        collector.error(link == null ? itemSource : link, ErrorCode.EMPTY, "item " + items + " has no content or description");
        return;
      }
      RawDocument.Hints hints = new RawDocument.Hints(link, null, blankToNull(done.title), FeedDates.parse(done.published),
          outlet);
      collector.add(new RawDocument(link == null ? itemSource : link, html ? SourceFormat.HTML : SourceFormat.TEXT,
          body, hints));
      kept++;
    }

    void fail(Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
      collector.error(name, ErrorCode.MALFORMED, "broken XML: " + message.replaceAll("\\s+", " ")
          + (kept > 0 ? " (" + kept + " items before it were read)" : ""));
    }
  }

  /** The fields of one item as they are read. */
  private static final class Item {
    String link;
    String title;
    String published;
    String content;
    boolean contentIsHtml = true;
    String summary;
    boolean summaryIsHtml = true;

    /** The field a child element of the item fills, or null for one that is ignored. */
    Field fieldFor(String element, XMLStreamReader xml) {
      String declared = attribute(xml, "type");
      String type = declared == null ? null : declared.toLowerCase(Locale.ROOT);
      return switch (element) {
        case "title" -> new Field(false, value -> title = isMarkup(type) ? Jsoup.parse(value).text() : value);
        case "link" -> linkField(xml);
        case "guid", "id" -> new Field(false, value -> {
          if (link == null && value.strip().matches("(?i)https?://\\S+")) {
            link = value.strip();
          }
        });
        case "pubdate", "published", "date", "issued" -> new Field(false, value -> published = value);
        case "updated", "modified" -> new Field(false, value -> {
          if (published == null) {
            published = value;
          }
        });
        case "encoded", "content" -> new Field("xhtml".equals(type), value -> {
          content = value;
          contentIsHtml = !"text".equals(type);
        });
        case "description", "summary" -> new Field("xhtml".equals(type), value -> {
          summary = value;
          summaryIsHtml = !"text".equals(type);
        });
        default -> new Field(false, value -> { });
      };
    }

    private Field linkField(XMLStreamReader xml) {
      String href = attribute(xml, "href");
      String rel = attribute(xml, "rel");
      if (href != null) {
        if (rel == null || rel.equals("alternate") || link == null) {
          link = href;
        }
        return new Field(false, value -> { });
      }
      return new Field(false, value -> {
        if (!value.isBlank()) {
          link = value.strip();
        }
      });
    }

    private static boolean isMarkup(String type) {
      return "html".equals(type) || "xhtml".equals(type);
    }

    private static String attribute(XMLStreamReader xml, String local) {
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if (xml.getAttributeLocalName(i).equals(local)) {
          return xml.getAttributeValue(i).strip();
        }
      }
      return null;
    }
  }

  /**
   * Text of one item field and of the elements inside it; inside Atom {@code xhtml} content the
   * child elements are kept as tags so the value stays HTML.
   */
  private static final class Field {
    private final boolean markup;
    private final Consumer<String> sink;
    private final StringBuilder value = new StringBuilder();
    private final Deque<String> children = new ArrayDeque<>();

    Field(boolean markup, Consumer<String> sink) {
      this.markup = markup;
      this.sink = sink;
    }

    void startChild(String element) {
      children.push(element);
      if (markup) {
        value.append('<').append(element).append('>');
      }
    }

    void text(String text) {
      if (markup) {
        value.append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
      } else {
        value.append(text);
      }
    }

    /** Ends the innermost open element; returns whether that was the field's own element. */
    boolean end() {
      if (children.isEmpty()) {
        sink.accept(value.toString());
        return true;
      }
      String child = children.pop();
      if (markup) {
        value.append("</").append(child).append('>');
      }
      return false;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
