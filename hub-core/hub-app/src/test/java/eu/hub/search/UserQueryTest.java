package eu.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.search.relevance.CacmCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class UserQueryTest {

  private final Analyzer analyzer = Languages.perField();
  private final Map<String, Float> weights = UserQuery.weights("en", Ranking.DEFAULT, 1f);

  private static boolean excludesSomething(Query query) {
    AtomicBoolean excludes = new AtomicBoolean();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            if (occur == Occur.MUST_NOT) {
              excludes.set(true);
            }
            return this;
          }
        });
    return excludes.get();
  }

  private Query parse(String text) {
    return UserQuery.parse(UserQuery.tidy(text), analyzer, weights);
  }

  @Test
  void punctuationInAQuestionIsNeverAnExclusion() {
    assertThat(
            excludesSomething(
                parse(
                    "Time-sharing systems - especially (IBM) -- what's new? C++ +more a|b \"x"
                        + " t/nroff, definitions of operators like *, +.)")))
        .isFalse();
    assertThat(excludesSomething(parse("parking -policy"))).isTrue();
    assertThat(excludesSomething(parse("parking (-policy)"))).isTrue();
  }

  @Test
  void noCacmTopicExcludesAWord() throws Exception {
    Path folder =
        Path.of(System.getProperty("hub.repository.root", "."))
            .toAbsolutePath()
            .resolve("hub-core/hub-app/src/test/data/cacm")
            .normalize();
    if (!Files.isRegularFile(folder.resolve("topics.cacm.txt"))) {
      return;
    }
    CacmCollection cacm = CacmCollection.load(folder);
    cacm.topics()
        .forEach((id, topic) -> assertThat(excludesSomething(parse(topic))).as(id).isFalse());
  }

  @Test
  void tidyingCapsLengthAndWordsAndRemovesControlCharacters() {
    assertThat(UserQuery.tidy("a\u0000b\u0007c")).isEqualTo("a b c");
    assertThat(UserQuery.tidy("x".repeat(5000))).hasSize(UserQuery.MAX_CHARS);
    assertThat(UserQuery.tidy("w ".repeat(500)).split(" ")).hasSize(UserQuery.MAX_WORDS);
    assertThat(UserQuery.tidy("a OR b")).isEqualTo("a | b");
    assertThat(UserQuery.tidy("title:parking^2")).isEqualTo("title parking 2");
  }
}
