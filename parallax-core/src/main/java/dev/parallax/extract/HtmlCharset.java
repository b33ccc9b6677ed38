package dev.parallax.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of an HTML page's bytes, in the order browsers use: a byte-order mark, the
 * HTTP {@code Content-Type} charset, a {@code <meta charset>} or {@code http-equiv} declaration
 * in the first {@value #SNIFF_BYTES} bytes; without any, UTF-8 when the bytes are valid UTF-8,
 * else windows-1252 (which maps every byte, and is what "ISO-8859-1" pages really use). A
 * declaration the bytes contradict (a page labelled latin-1 that is valid, non-ASCII UTF-8) is
 * overruled, so mojibake such as "Ã©" does not reach the text. Stateless and thread-safe.
 */
public final class HtmlCharset {

  static final int SNIFF_BYTES = 4096;
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)");
  private static final Pattern META = Pattern.compile("(?i)<meta[^>]+>");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlCharset() {}

  /** The page's text, decoded as {@link #detect} says. */
  public static String decode(byte[] bytes, String contentType) {
    Charset charset = detect(bytes, contentType);
    int skip = charset == StandardCharsets.UTF_8 && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3
        : (charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE) && bytes.length >= 2 ? 2 : 0;
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  /** The charset of the page; {@code contentType} is the HTTP header value, or null. */
  public static Charset detect(byte[] bytes, String contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    Charset declared = contentType == null ? null : charsetIn(contentType);
    if (declared == null) {
      declared = declaredInMeta(bytes);
    }
    boolean utf8 = isUtf8(bytes);
    if (declared == null) {
      return utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
    if (!declared.equals(StandardCharsets.UTF_8) && utf8 && !isAscii(bytes) && isSingleByte(declared)) {
      return StandardCharsets.UTF_8;
    }
    if (declared.equals(StandardCharsets.UTF_8) && !utf8) {
      return WINDOWS_1252;
    }
    return declared;
  }

  /**
   * Whether the bytes mix UTF-8 with a single-byte encoding: they are not valid UTF-8, yet hold
   * well-formed UTF-8 sequences for non-ASCII characters ("rÃ©sumÃ©" bytes beside a lone
   * latin-1 "ç"). No one charset decodes such a page without mojibake.
   */
  public static boolean mixesEncodings(byte[] bytes) {
    if (isUtf8(bytes)) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      int lead = bytes[i] & 0xFF;
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (length > 0 && i + length <= bytes.length && continuations(bytes, i + 1, length - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuations(byte[] bytes, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Charset declaredInMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META.matcher(head);
    while (meta.find()) {
      Charset charset = charsetIn(meta.group());
      if (charset != null) {
        return charset;
      }
    }
    return null;
  }

  private static Charset charsetIn(String text) {
    Matcher matcher = CHARSET.matcher(text);
    if (!matcher.find()) {
      return null;
    }
    String name = matcher.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("latin-1") || name.equals("us-ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isSingleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() == 1;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
