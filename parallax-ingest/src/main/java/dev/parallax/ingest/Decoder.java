package dev.parallax.ingest;

import dev.parallax.extract.HtmlCharset;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text. Binary content (NUL bytes, many control characters, known binary
 * signatures) is recognised first. An HTML page is decoded as browsers would ({@link
 * HtmlCharset}: byte-order mark, declared charset, UTF-8 when valid, else windows-1252), so a
 * page never fails on its encoding and UTF-8 labelled latin-1 does not turn into mojibake. Plain
 * text and JSON Lines are strict: a byte-order mark is honoured, anything else must be valid
 * UTF-8, and bytes that do not decode are an error, never replaced. Stateless and thread-safe.
 */
final class Decoder {

  /** Why bytes are not text: {@code binary} or {@code encoding}, with a human message. */
  static final class NotText extends Exception {
    final boolean binary;

    NotText(boolean binary, String message) {
      super(message, null, false, false);
      this.binary = binary;
    }
  }

  private static final int SNIFF_BYTES = 8192;

  private Decoder() {}

  static String decode(byte[] bytes, boolean html) throws NotText {
    rejectBinary(bytes);
    if (html) {
      if (HtmlCharset.mixesEncodings(bytes)) {
        throw new NotText(false, "mixes UTF-8 with another encoding: no single charset decodes it without garbling");
      }
      return HtmlCharset.decode(bytes, null);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    return strict(bytes, 0, StandardCharsets.UTF_8);
  }

  private static void rejectBinary(byte[] bytes) throws NotText {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return;
    }
    String signature = signature(bytes);
    if (signature != null) {
      throw new NotText(true, "looks like " + signature + ", not text");
    }
    int limit = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < limit; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new NotText(true, "NUL byte at offset " + i + ": binary data, not text");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    if (limit > 0 && control * 10 > limit) {
      throw new NotText(true, control + " control bytes in the first " + limit + ": binary data, not text");
    }
  }

  private static String signature(byte[] bytes) {
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return "a ZIP archive";
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return "gzip-compressed data";
    }
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    return null;
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws NotText {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer output = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
        (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
    var result = decoder.decode(input, output, true);
    if (result.isError()) {
      throw new NotText(false, "invalid " + charset.name() + " at byte " + input.position());
    }
    result = decoder.flush(output);
    if (result.isError()) {
      throw new NotText(false, "invalid " + charset.name() + " at the end of the input");
    }
    output.flip();
    return output.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

}
