package dev.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes invented scraped-text articles for tests that need many inputs: each has a headline,
 * a byline with a date, six paragraphs of news-like prose from a few templates, and a footer;
 * each text is distinct, so each gets its own article id. Deterministic for a seed.
 */
final class GeneratedArticles {

  private static final String[] TOWNS = {"Kelmar", "Messa", "Orrin", "Tarn", "Brack", "Tessel", "Vasselo", "Northgate"};
  private static final String[] PEOPLE = {"Tomas Brell", "Ilse Varna", "Karl Dunne", "Ada Wenk", "Per Amsel", "Hanne Lett"};
  private static final String[] TOPICS = {"the harbour strike", "the dam repairs", "the ferry timetable",
      "the school budget", "the new bridge", "the rail fares"};

  private GeneratedArticles() {}

  static List<Path> write(Path folder, int count, long seed) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String town = TOWNS[random.nextInt(TOWNS.length)];
      String person = PEOPLE[random.nextInt(PEOPLE.length)];
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      int day = 1 + random.nextInt(27);
      StringBuilder text = new StringBuilder();
      text.append("Home | Region\n\n");
      text.append("Council in ").append(town).append(" votes on ").append(topic).append(", item ").append(i).append("\n\n");
      text.append("By STAFF REPORTER | The Generated Gazette | Updated: 2025-04-")
          .append(String.format("%02d", day)).append(" 09:00\n\n");
      text.append("The council of ").append(town).append(" voted on Tuesday on ").append(topic)
          .append(", the ").append(i).append("th measure of its spring session, officials said.\n\n");
      text.append("\"We listened to every resident who wrote to us about ").append(topic).append(",\" ")
          .append(person).append(" told reporters after the vote.\n\n");
      text.append("The measure passed by ").append(5 + random.nextInt(10)).append(" votes to ")
          .append(random.nextInt(5)).append(", and will cost about ").append(10 + random.nextInt(90))
          .append(" million crowns over ").append(2 + random.nextInt(4)).append(" years.\n\n");
      text.append("Opponents said the council had moved too fast and asked for a second hearing in ")
          .append(TOWNS[random.nextInt(TOWNS.length)]).append(" next month.\n\n");
      text.append(person.split(" ")[1]).append(" said work would begin before the summer and that residents of ")
          .append(town).append(" would be kept informed.\n\n");
      text.append("The council meets again on Thursday to discuss the remaining ")
          .append(1 + random.nextInt(9)).append(" items on its agenda.\n\n");
      text.append("Comment (").append(random.nextInt(20)).append(")\n");
      Path file = folder.resolve(String.format("article-%05d.txt", i));
      Files.writeString(file, text);
      files.add(file);
    }
    return files;
  }
}
