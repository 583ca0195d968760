package eu.hub.plugins.skills;

import java.util.List;
import java.util.Optional;

/**
 * The Digital Competence Framework for Citizens, DigComp 2.2 (European Commission, Joint Research
 * Centre, 2022): five competence areas, 21 competences and eight proficiency levels. Offers name
 * competences by their number ({@code 1.1}) and a level from 1 to 8.
 */
final class DigComp {

  private DigComp() {}

  /** A competence area, such as "1 Information and data literacy". */
  record Area(int number, String name, List<Competence> competences) {}

  /** A competence, such as "1.1 Browsing, searching and filtering ...". */
  record Competence(String code, String name) {
    /** The competence's number written for addresses: {@code 1-1}. */
    String key() {
      return code.replace('.', '-');
    }

    int area() {
      return Integer.parseInt(code.substring(0, code.indexOf('.')));
    }
  }

  /** A proficiency level and the band it belongs to. */
  record Level(int number, String band) {}

  static final List<Area> AREAS =
      List.of(
          new Area(
              1,
              "Information and data literacy",
              List.of(
                  new Competence(
                      "1.1",
                      "Browsing, searching and filtering data, information and digital content"),
                  new Competence("1.2", "Evaluating data, information and digital content"),
                  new Competence("1.3", "Managing data, information and digital content"))),
          new Area(
              2,
              "Communication and collaboration",
              List.of(
                  new Competence("2.1", "Interacting through digital technologies"),
                  new Competence("2.2", "Sharing through digital technologies"),
                  new Competence("2.3", "Engaging in citizenship through digital technologies"),
                  new Competence("2.4", "Collaborating through digital technologies"),
                  new Competence("2.5", "Netiquette"),
                  new Competence("2.6", "Managing digital identity"))),
          new Area(
              3,
              "Digital content creation",
              List.of(
                  new Competence("3.1", "Developing digital content"),
                  new Competence("3.2", "Integrating and re-elaborating digital content"),
                  new Competence("3.3", "Copyright and licences"),
                  new Competence("3.4", "Programming"))),
          new Area(
              4,
              "Safety",
              List.of(
                  new Competence("4.1", "Protecting devices"),
                  new Competence("4.2", "Protecting personal data and privacy"),
                  new Competence("4.3", "Protecting health and well-being"),
                  new Competence("4.4", "Protecting the environment"))),
          new Area(
              5,
              "Problem solving",
              List.of(
                  new Competence("5.1", "Solving technical problems"),
                  new Competence("5.2", "Identifying needs and technological responses"),
                  new Competence("5.3", "Creatively using digital technologies"),
                  new Competence("5.4", "Identifying digital competence gaps"))));

  static final List<Level> LEVELS =
      List.of(
          new Level(1, "Foundation"),
          new Level(2, "Foundation"),
          new Level(3, "Intermediate"),
          new Level(4, "Intermediate"),
          new Level(5, "Advanced"),
          new Level(6, "Advanced"),
          new Level(7, "Highly specialised"),
          new Level(8, "Highly specialised"));

  static List<Competence> competences() {
    return AREAS.stream().flatMap(a -> a.competences().stream()).toList();
  }

  static Optional<Competence> byKey(String key) {
    return competences().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  static Optional<Area> area(int number) {
    return AREAS.stream().filter(a -> a.number() == number).findFirst();
  }
}
