package dev.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decoding in a charset an input declares outside its content (an XML declaration, an HTTP
 * Content-Type header): strictly, bytes that do not decode are an error. ISO-8859-1 is read as
 * windows-1252, as browsers do. Thread-safe.
 */
final class StrictCharset {

  private StrictCharset() {}

  /** The charset named, or null when the name is unknown or missing. */
  static Charset named(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String lower = name.strip().toLowerCase(Locale.ROOT);
    try {
      return Charset.forName(lower.equals("iso-8859-1") || lower.equals("latin1") ? "windows-1252" : lower);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The bytes decoded in {@code charset}; {@code declaredBy} says where it was declared, for the message. */
  static String decode(byte[] bytes, Charset charset, String declaredBy) throws Decoder.NotText {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return Decoder.decode(bytes, false);
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Decoder.NotText(false, "invalid " + charset.name() + " (the encoding " + declaredBy + " declares)");
    }
  }
}
