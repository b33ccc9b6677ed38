package dev.parallax.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the kinds of line a scraped news page leaves around its article: counters,
 * menus, calls to action, legal footers, pitches, photo credits, captions. Each test looks at
 * the shape of a line, never at one site's wording. Stateless and thread-safe.
 */
final class LineKinds {

  private static final Pattern COUNTER = Pattern.compile("[\\d\\s.,:+%]+[kKmM]?");
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|›»>/·•]\\s|\\s{2,}[|]");
  private static final Pattern LEGAL = Pattern.compile(
      "(?i)(copyright|©|\\(c\\)\\s*\\d{4}|all rights reserved|registration number|licen[cs]e for"
          + "|terms of (use|service)|privacy policy|cookie (policy|settings)|browsers? with .{0,40}resolution"
          + "|\\bICP\\b|reproduction .{0,30}prohibited|without (prior )?written (authori[sz]ation|permission))");
  private static final Pattern PITCH = Pattern.compile(
      "(?i)(do you have a (tip|question|story)|let us know (via|at)|sign up (for|to)|subscribe (to|for|now)"
          + "|newsletter|follow us (on|at)|\\[email[^\\]]*protected\\]|download (our|the) app"
          + "|click here|share (this|on)|join (us|our) on|get the latest .{0,40}(delivered|inbox)"
          + "|support (our|independent) journalism|read (more|the full)|watch:|listen to this)");
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "(?i)(home|subscribe|sign (up|in)|log ?in|log ?out|register|contact( us)?|follow( us)?|share( this)?"
          + "|print|e-?mail|comments?|reply|read more|related( articles| stories| news)?|advertisement|ad"
          + "|back to (the )?top|more from .{1,30}|recommended|trending|most (read|popular|viewed)|listen"
          + "|source|sources|tags?|topics?|next|previous|menu|search|about us|editor'?s picks?|top stories"
          + "|latest( news)?|live|video|photos?|gallery|skip to (main )?content|close|open|save|copy link"
          + "|(global|international|us|uk|english|chinese) edition|world|news)"
          + "\\s*(\\(\\d+\\)|\\d+)?\\s*[:.!]?");
  private static final Pattern PHOTO_MARKER = Pattern.compile(
      "(?i)(\\[(photo|image|picture|file photo)[^\\]]*\\]|\\((?:[^()]*\\b)?(photo|image|picture|credit)s?\\b[^()]*\\))\\s*$");
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "(?i)^(photo|image|picture|credit|photograph)s?\\s*(:|by)\\s*.{2,80}$"
          + "|.*(getty images|shutterstock|\\bAP photo|\\bAFP photo|\\bEPA-EFE|\\bpool photo|alamy|istock).*");
  /** "JUSSI NUKARI/Lehtikuva/AFP": names joined by slashes, no sentence. */
  private static final Pattern SLASHED_CREDIT =
      Pattern.compile("[\\p{Lu}][\\p{L}.'\\- ]{1,40}(\\s*/\\s*[\\p{L}.'\\- ]{2,40}){1,5}");

  /** Photo markers close a caption: only this many trailing characters are searched. */
  private static final int MARKER_TAIL = 200;

  private LineKinds() {}

  static boolean isCounter(String line) {
    return COUNTER.matcher(line).matches();
  }

  /** "Home | Europe", "News › World": short items joined by separators, no sentence. */
  static boolean isMenu(String line) {
    if (!MENU_SEPARATOR.matcher(line).find() || endsSentence(line)) {
      return false;
    }
    for (String part : line.split("[|›»>/·•]")) {
      if (TextShape.words(part) > 4) {
        return false;
      }
    }
    return true;
  }

  static boolean isLegal(String line) {
    return LEGAL.matcher(line).find();
  }

  static boolean isPitch(String line) {
    return PITCH.matcher(line).find();
  }

  /** A short navigation or action label: "Subscribe", "Comment (0)", "BACK TO THE TOP". */
  static boolean isCallToAction(String line) {
    return line.length() <= 40 && CALL_TO_ACTION.matcher(line.trim()).matches();
  }

  /** A caption that names its photo source: "... (AA Photo)", "... [Photo/Agencies]". */
  static boolean hasPhotoMarker(String line) {
    return PHOTO_MARKER.matcher(line.length() <= MARKER_TAIL ? line : line.substring(line.length() - MARKER_TAIL)).find();
  }

  /** A line that only credits a photo: "JUSSI NUKARI/Lehtikuva/AFP/Getty Images". */
  static boolean isPhotoCredit(String line) {
    if (endsSentence(line) && TextShape.words(line) > 8) {
      return false;
    }
    return PHOTO_CREDIT.matcher(line).matches()
        || (SLASHED_CREDIT.matcher(line).matches() && TextShape.words(line) <= 10);
  }

  /** Whether the line is any kind of page leftover that never belongs in a body. */
  static boolean isLeftover(String line) {
    return isCounter(line) || isMenu(line) || isLegal(line) || isPitch(line) || isCallToAction(line)
        || isPhotoCredit(line);
  }

  static boolean endsSentence(String line) {
    String trimmed = line.strip();
    int i = trimmed.length() - 1;
    while (i >= 0 && "\"'”’)]»".indexOf(trimmed.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(trimmed.charAt(i)) >= 0;
  }

  static String lower(String line) {
    return line.toLowerCase(Locale.ROOT);
  }
}
