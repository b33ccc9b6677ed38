package dev.parallax;

import java.util.List;

/**
 * One page of a store's stories, latest first (by last day reported, then size, then id).
 *
 * @param total how many stories the store holds
 * @param offset the position of the first story of the page in the whole list
 */
public record StoryPage(int total, int offset, List<StorySummary> stories) {
  public StoryPage {
    stories = List.copyOf(stories);
  }
}
