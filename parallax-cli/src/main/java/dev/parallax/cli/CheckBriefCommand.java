package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.brief.BriefChecker;
import dev.parallax.brief.Citation;
import dev.parallax.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check-brief", mixinStandardHelpOptions = true,
    description = {"Checks every brief in the JSON that analyze, stories or story print against the citation rules: "
        + "each sentence cites valid article spans, quoted words are verbatim from a cited span, every name "
        + "appears in a cited span. Prints each broken rule; exit code 1 when any.",
        "Example: parallax analyze samples/ --format json > a.json && parallax check-brief a.json"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every brief keeps the rules", "1:some sentence breaks a rule (each is printed)",
        "2:usage error, or the file is not such JSON"})
final class CheckBriefCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file, or - for standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    JsonNode analysis;
    try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
      analysis = new ObjectMapper().readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      spec.commandLine().getErr().println("parallax: " + file + " is not JSON: " + e.getOriginalMessage());
      return ExitCodes.USAGE;
    }
    if (analysis == null || !analysis.path("articles").isArray() || !analysis.path("stories").isArray()) {
      spec.commandLine().getErr().println("parallax: " + file + " has no \"articles\" and \"stories\": "
          + "not the JSON of analyze, stories or story");
      return ExitCodes.USAGE;
    }
    Map<String, String> bodies = new HashMap<>();
    analysis.get("articles").forEach(article -> bodies.put(article.path("id").asText(), article.path("body").asText()));
    BriefChecker checker = new BriefChecker();
    var out = spec.commandLine().getOut();
    int sentences = 0;
    int broken = 0;
    for (JsonNode story : analysis.get("stories")) {
      List<BriefChecker.Claim> brief = new ArrayList<>();
      for (JsonNode sentence : story.path("brief").path("sentences")) {
        List<Citation> citations = new ArrayList<>();
        for (JsonNode citation : sentence.path("citations")) {
          int start = citation.path("start").asInt(-1);
          int end = citation.path("end").asInt(-1);
          if (start < 0 || end < start) {
            out.println("story " + story.path("id").asText() + ", sentence " + (brief.size() + 1)
                + ": every sentence cites a valid article span: citation without a valid start and end");
            broken++;
          } else {
            citations.add(new Citation(citation.path("article").asText(), new Span(start, end)));
          }
        }
        brief.add(new BriefChecker.Claim(sentence.path("text").asText(), citations));
      }
      sentences += brief.size();
      for (BriefChecker.Violation violation : checker.check(brief, bodies)) {
        out.println("story " + story.path("id").asText() + ", " + violation);
        broken++;
      }
    }
    out.printf(Locale.ROOT, "%d stories, %d brief sentences, %d broken rules%n", analysis.get("stories").size(),
        sentences, broken);
    out.flush();
    return broken == 0 ? ExitCodes.OK : ExitCodes.INPUTS_REJECTED;
  }
}
