package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void byteOrderMarkWins() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "<meta charset=\"iso-8859-2\"><p>Café</p>".getBytes(StandardCharsets.UTF_8));
    assertEquals("<meta charset=\"iso-8859-2\"><p>Café</p>", HtmlCharset.decode(bytes, null));
  }

  @Test
  void httpHeaderThenMetaDeclarationAreHonoured() {
    byte[] latin = "<p>Zoë’s café</p>".getBytes(WINDOWS_1252);
    assertEquals(WINDOWS_1252, HtmlCharset.detect(latin, "text/html; charset=ISO-8859-1"));
    byte[] declared = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>"
        .getBytes(Charset.forName("KOI8-R"));
    assertEquals("\u041f\u0440\u0438\u0432\u0435\u0442", HtmlCharset.decode(declared, null).replaceAll(".*<p>|</p>", ""));
  }

  @Test
  void undeclaredBytesAreUtf8WhenValidElseWindows1252() {
    assertEquals("<p>Café</p>", HtmlCharset.decode("<p>Café</p>".getBytes(StandardCharsets.UTF_8), null));
    assertEquals("<p>Café – “quoted”</p>", HtmlCharset.decode("<p>Café – “quoted”</p>".getBytes(WINDOWS_1252), null));
  }

  @Test
  void utf8LabelledLatin1IsReadAsUtf8SoNoMojibake() {
    byte[] bytes = "<meta charset=\"iso-8859-1\"><p>Café</p>".getBytes(StandardCharsets.UTF_8);
    assertEquals("<meta charset=\"iso-8859-1\"><p>Café</p>", HtmlCharset.decode(bytes, null));
  }

  @Test
  void latin1LabelledUtf8FallsBackInsteadOfFailing() {
    byte[] bytes = "<meta charset=\"utf-8\"><p>Café</p>".getBytes(WINDOWS_1252);
    assertEquals("<meta charset=\"utf-8\"><p>Café</p>", HtmlCharset.decode(bytes, null));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aPageMixingUtf8AndLatin1IsRecognisedAsMixed() {
    byte[] utf8 = "<p>Na\u00efve r\u00e9sum\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "<p>Fa\u00e7ade</p>".getBytes(StandardCharsets.ISO_8859_1);
    byte[] mixed = new byte[utf8.length + latin1.length];
    System.arraycopy(utf8, 0, mixed, 0, utf8.length);
    System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
    assertTrue(HtmlCharset.mixesEncodings(mixed));
    assertFalse(HtmlCharset.mixesEncodings(utf8));
    assertFalse(HtmlCharset.mixesEncodings(latin1), "a plain latin-1 page is not mixed");
  }
}
