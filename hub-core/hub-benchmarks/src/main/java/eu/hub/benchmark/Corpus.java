package eu.hub.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic multilingual corpus about public-sector innovation: sentences made from templates
 * and word lists in English, Swedish, German, French and Finnish, a few paragraphs per document.
 * The same seed and count give the same documents, byte for byte.
 */
final class Corpus {

  /** One generated document. */
  record Doc(
      int n,
      String language,
      String slug,
      String title,
      String summary,
      String body,
      List<String> themes) {

    /** Where the file goes in the content folder: at most 1,000 files per folder. */
    String path() {
      return String.format("%03d/%s.md", n / 1000, slug);
    }

    /** The content file: YAML front matter, then the body. */
    String markdown() {
      StringBuilder s = new StringBuilder(body.length() + 400);
      s.append("---\n")
          .append("type: article\n")
          .append("title: ")
          .append(yaml(title))
          .append('\n')
          .append("slug: ")
          .append(slug)
          .append('\n')
          .append("language: ")
          .append(language)
          .append('\n')
          .append("summary: ")
          .append(yaml(summary))
          .append('\n')
          .append("themes:\n");
      for (String theme : themes) {
        s.append("  - ").append(yaml(theme)).append('\n');
      }
      return s.append("---\n").append(body).append('\n').toString();
    }

    private static String yaml(String text) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  /** Words and sentence templates of one language. */
  private record Lexicon(
      List<String> nouns,
      List<String> groups,
      List<String> adjectives,
      List<String> verbs,
      List<String> objects,
      List<String> templates,
      List<String> titles) {}

  static final List<String> THEMES =
      List.of(
          "Digital inclusion",
          "Co-creation",
          "Participatory budgeting",
          "Digital skills",
          "Inclusive services",
          "Open data",
          "Innovation culture",
          "Smart city");

  private static final List<String> PLACES =
      List.of(
          "Angus",
          "Jönköping",
          "Karlstad",
          "Tampere",
          "Espoo",
          "Hamburg",
          "Bremen",
          "Lyon",
          "Nantes",
          "Malmö",
          "Umeå",
          "Oulu",
          "Dundee",
          "Leipzig",
          "Grenoble",
          "Gothenburg",
          "Turku",
          "Münster",
          "Lille",
          "Aberdeen",
          "Västerås",
          "Jyväskylä",
          "Freiburg",
          "Rennes");

  private static final Map<String, Lexicon> LEXICONS =
      Map.of(
          "en",
          new Lexicon(
              List.of(
                  "digital service",
                  "public service",
                  "municipality",
                  "city council",
                  "citizen panel",
                  "participatory budget",
                  "co-creation workshop",
                  "living lab",
                  "open data portal",
                  "e-service",
                  "care home",
                  "library",
                  "school",
                  "social worker",
                  "service designer",
                  "innovation team",
                  "pilot project",
                  "chatbot",
                  "welfare technology",
                  "broadband network",
                  "mobile app",
                  "health centre",
                  "neighbourhood",
                  "volunteer network",
                  "training programme",
                  "procurement process",
                  "digital platform",
                  "user research",
                  "accessibility audit",
                  "citizen survey"),
              List.of(
                  "older people",
                  "young people",
                  "migrants",
                  "people with disabilities",
                  "job seekers",
                  "carers",
                  "residents",
                  "small businesses",
                  "teachers",
                  "nurses",
                  "students",
                  "families"),
              List.of(
                  "digital",
                  "inclusive",
                  "accessible",
                  "local",
                  "open",
                  "participatory",
                  "sustainable",
                  "innovative",
                  "co-created",
                  "user-centred",
                  "secure",
                  "affordable",
                  "rural",
                  "multilingual",
                  "transparent"),
              List.of(
                  "improves",
                  "supports",
                  "connects",
                  "strengthens",
                  "simplifies",
                  "helps with",
                  "involves citizens in",
                  "trains staff in",
                  "makes room for",
                  "reaches",
                  "changes",
                  "tests",
                  "evaluates",
                  "funds",
                  "redesigns"),
              List.of(
                  "digital skills",
                  "everyday services",
                  "public participation",
                  "trust in government",
                  "access to care",
                  "the budget process",
                  "service quality",
                  "social inclusion",
                  "online forms",
                  "digital literacy",
                  "local democracy",
                  "employment",
                  "well-being",
                  "data protection",
                  "waiting times"),
              List.of(
                  "The {A} {N} {V} {O} for {G} in {P}.",
                  "In {P}, {G} and the {N} worked together on {O}.",
                  "A {A} {N} {V} {O}, according to the {N2} of {P}.",
                  "How can a {N} help {G} with {O}?",
                  "{G} were invited to co-create the {A} {N}.",
                  "Participatory budgeting in {P} gave {G} a say over {O}.",
                  "The evaluation showed that the {N} {V} {O} as well as {O2}.",
                  "Lessons from {P}: start small, involve {G} early and measure {O}.",
                  "Courses on {O} for {G} were run by the {N} and the {N2}.",
                  "The project {V} {O} through a {A} {N}.",
                  "Staff at the {N} said that {G} need more support with {O}.",
                  "After the pilot, the {N2} in {P} decided to keep the {A} {N}."),
              List.of(
                  "{A} {N} for {G} in {P}",
                  "How {P} co-created a {A} {N}",
                  "{O} and the {N}: lessons from {P}",
                  "Involving {G} in {O}")),
          "sv",
          new Lexicon(
              List.of(
                  "digital tjänst",
                  "kommun",
                  "kommunfullmäktige",
                  "medborgarpanel",
                  "medborgarbudget",
                  "samskapande workshop",
                  "innovationsmiljö",
                  "e-tjänst",
                  "äldreboende",
                  "bibliotek",
                  "skola",
                  "socialsekreterare",
                  "tjänstedesigner",
                  "innovationsteam",
                  "pilotprojekt",
                  "välfärdsteknik",
                  "bredbandsnät",
                  "mobilapp",
                  "vårdcentral",
                  "stadsdel",
                  "utbildningsprogram",
                  "plattform",
                  "medborgardialog",
                  "tillgänglighetsgranskning"),
              List.of(
                  "äldre",
                  "unga",
                  "nyanlända",
                  "personer med funktionsnedsättning",
                  "arbetssökande",
                  "anhöriga",
                  "invånare",
                  "småföretagare",
                  "lärare",
                  "sjuksköterskor"),
              List.of(
                  "digital",
                  "inkluderande",
                  "tillgänglig",
                  "lokal",
                  "öppen",
                  "hållbar",
                  "innovativ",
                  "samskapad",
                  "säker",
                  "flerspråkig"),
              List.of(
                  "förbättrar",
                  "stödjer",
                  "förenklar",
                  "stärker",
                  "hjälper",
                  "utvecklar",
                  "testar",
                  "utvärderar",
                  "finansierar",
                  "förnyar"),
              List.of(
                  "digitala färdigheter",
                  "digitala tjänster",
                  "delaktighet",
                  "förtroende för kommunen",
                  "vård och omsorg",
                  "budgetprocessen",
                  "tjänsternas kvalitet",
                  "social inkludering",
                  "digital kompetens",
                  "den lokala demokratin",
                  "välbefinnande",
                  "väntetider"),
              List.of(
                  "Den {A} {N} {V} {O} för {G} i {P}.",
                  "I {P} arbetade {G} och {N} tillsammans med {O}.",
                  "Enligt {N2} i {P} {V} projektet {O}.",
                  "Hur kan en {N} hjälpa {G} med {O}?",
                  "{G} bjöds in för att samskapa en {A} {N}.",
                  "Medborgarbudgeten i {P} gav {G} inflytande över {O}.",
                  "Utvärderingen visade att {N} {V} {O} och {O2}.",
                  "Lärdomar från {P}: börja smått, involvera {G} tidigt och mät {O}.",
                  "Kurser i {O} för {G} hölls av {N} och {N2}."),
              List.of(
                  "{A} {N} för {G} i {P}",
                  "Så samskapade {P} en {A} {N}",
                  "{O} och {N}: lärdomar från {P}")),
          "de",
          new Lexicon(
              List.of(
                  "Stadtverwaltung",
                  "Bürgerhaushalt",
                  "Bürgerbeteiligung",
                  "Online-Dienst",
                  "Gemeinderat",
                  "Bürgerforum",
                  "Reallabor",
                  "Pflegeheim",
                  "Bibliothek",
                  "Schule",
                  "Sozialarbeiterin",
                  "Innovationsteam",
                  "Pilotprojekt",
                  "Breitbandnetz",
                  "Plattform",
                  "Beratungsstelle",
                  "Schulungsprogramm",
                  "Digitalagentur",
                  "Nachbarschaftszentrum",
                  "Servicestelle"),
              List.of(
                  "ältere Menschen",
                  "Jugendliche",
                  "Zugewanderte",
                  "Menschen mit Behinderung",
                  "Arbeitsuchende",
                  "pflegende Angehörige",
                  "Einwohner",
                  "Lehrkräfte",
                  "Familien"),
              List.of(
                  "digitale",
                  "inklusive",
                  "barrierefreie",
                  "lokale",
                  "offene",
                  "nachhaltige",
                  "innovative",
                  "gemeinsam entwickelte",
                  "sichere",
                  "mehrsprachige"),
              List.of(
                  "verbessert",
                  "unterstützt",
                  "vereinfacht",
                  "stärkt",
                  "fördert",
                  "entwickelt",
                  "testet",
                  "bewertet",
                  "finanziert",
                  "erneuert"),
              List.of(
                  "digitale Kompetenzen",
                  "die digitale Verwaltung",
                  "die Beteiligung",
                  "das Vertrauen in die Verwaltung",
                  "die Pflege",
                  "den Haushalt",
                  "die Servicequalität",
                  "die soziale Teilhabe",
                  "die Medienkompetenz",
                  "die lokale Demokratie",
                  "das Wohlbefinden",
                  "den Datenschutz"),
              List.of(
                  "Die {A} {N} {V} {O} für {G} in {P}.",
                  "In {P} arbeiteten {G} und die {N} gemeinsam an {O}.",
                  "Laut {N2} in {P} {V} das Projekt {O}.",
                  "Wie kann die {N} {G} bei {O} helfen?",
                  "{G} wurden eingeladen, die {A} {N} mitzugestalten.",
                  "Der Bürgerhaushalt in {P} gab {G} Mitsprache über {O}.",
                  "Die Auswertung zeigte, dass die {N} {O} und {O2} {V}.",
                  "Lehren aus {P}: klein anfangen, {G} früh beteiligen und {O} messen.",
                  "Kurse für {G} über {O} wurden von der {N} und der {N2} angeboten."),
              List.of(
                  "{A} {N} für {G} in {P}",
                  "Wie {P} eine {A} {N} gemeinsam entwickelte",
                  "{O} und die {N}: Lehren aus {P}")),
          "fr",
          new Lexicon(
              List.of(
                  "service public numérique",
                  "mairie",
                  "conseil municipal",
                  "panel citoyen",
                  "budget participatif",
                  "atelier de co-création",
                  "laboratoire vivant",
                  "portail de données ouvertes",
                  "maison de retraite",
                  "bibliothèque",
                  "école",
                  "travailleur social",
                  "équipe d'innovation",
                  "projet pilote",
                  "réseau haut débit",
                  "application mobile",
                  "centre de santé",
                  "quartier",
                  "programme de formation",
                  "plateforme numérique"),
              List.of(
                  "personnes âgées",
                  "jeunes",
                  "migrants",
                  "personnes handicapées",
                  "demandeurs d'emploi",
                  "aidants",
                  "habitants",
                  "enseignants",
                  "familles"),
              List.of(
                  "numérique",
                  "inclusif",
                  "accessible",
                  "local",
                  "ouvert",
                  "participatif",
                  "durable",
                  "innovant",
                  "sécurisé",
                  "multilingue"),
              List.of(
                  "améliore",
                  "soutient",
                  "simplifie",
                  "renforce",
                  "facilite",
                  "développe",
                  "teste",
                  "évalue",
                  "finance",
                  "transforme"),
              List.of(
                  "les compétences numériques",
                  "les démarches en ligne",
                  "la participation citoyenne",
                  "la confiance dans les institutions",
                  "l'accès aux soins",
                  "le budget municipal",
                  "la qualité du service",
                  "l'inclusion sociale",
                  "la démocratie locale",
                  "le bien-être",
                  "la protection des données"),
              List.of(
                  "Le {N} {A} {V} {O} pour les {G} à {P}.",
                  "À {P}, les {G} et le {N} ont travaillé ensemble sur {O}.",
                  "Selon le {N2} de {P}, le projet {V} {O}.",
                  "Comment un {N} peut-il aider les {G} avec {O} ?",
                  "Les {G} ont été invités à co-créer le {N} {A}.",
                  "Le budget participatif de {P} a donné aux {G} leur mot à dire sur {O}.",
                  "L'évaluation a montré que le {N} {V} {O} et {O2}.",
                  "Leçons de {P} : commencer petit, impliquer les {G} tôt et mesurer {O}."),
              List.of(
                  "Un {N} {A} pour les {G} à {P}",
                  "Comment {P} a co-créé un {N} {A}",
                  "{O} et le {N} : leçons de {P}")),
          "fi",
          new Lexicon(
              List.of(
                  "digitaalinen palvelu",
                  "kaupunki",
                  "kaupunginvaltuusto",
                  "asukaspaneeli",
                  "osallistuva budjetointi",
                  "yhteiskehittämistyöpaja",
                  "kehittämisympäristö",
                  "verkkopalvelu",
                  "palvelutalo",
                  "kirjasto",
                  "koulu",
                  "sosiaalityöntekijä",
                  "innovaatiotiimi",
                  "pilottihanke",
                  "laajakaistaverkko",
                  "mobiilisovellus",
                  "terveysasema",
                  "koulutusohjelma",
                  "alusta",
                  "asiointipiste"),
              List.of(
                  "ikäihmiset",
                  "nuoret",
                  "maahanmuuttajat",
                  "vammaiset henkilöt",
                  "työnhakijat",
                  "omaishoitajat",
                  "asukkaat",
                  "opettajat",
                  "perheet"),
              List.of(
                  "digitaalinen",
                  "osallistava",
                  "saavutettava",
                  "paikallinen",
                  "avoin",
                  "kestävä",
                  "innovatiivinen",
                  "turvallinen",
                  "monikielinen"),
              List.of(
                  "parantaa",
                  "tukee",
                  "yksinkertaistaa",
                  "vahvistaa",
                  "edistää",
                  "kehittää",
                  "testaa",
                  "arvioi",
                  "rahoittaa",
                  "uudistaa"),
              List.of(
                  "digitaitoja",
                  "digitaalisia palveluja",
                  "osallisuutta",
                  "luottamusta hallintoon",
                  "hoivaa",
                  "budjettia",
                  "palvelun laatua",
                  "sosiaalista osallisuutta",
                  "paikallista demokratiaa",
                  "hyvinvointia",
                  "tietosuojaa"),
              List.of(
                  "{A} {N} {V} {O} ({G}, {P}).",
                  "{P}: {G} ja {N} kehittivät yhdessä {O}.",
                  "{N2} {P}: hanke {V} {O}.",
                  "Miten {N} voi auttaa, kun {G} tarvitsevat {O}?",
                  "{G} kutsuttiin yhteiskehittämään {A} {N}.",
                  "Osallistuva budjetointi {P}: {G} päättivät {O}.",
                  "Arviointi osoitti, että {N} {V} {O} ja {O2}.",
                  "Opit {P}: aloita pienesti, ota {G} mukaan ja mittaa {O}."),
              List.of("{A} {N}: {G}, {P}", "{P} kehitti {A} {N}", "{O} ja {N}: opit {P}")));

  /** The languages and their share of the documents, in percent. */
  private static final List<Map.Entry<String, Integer>> SHARES =
      List.of(
          Map.entry("en", 40),
          Map.entry("sv", 15),
          Map.entry("de", 15),
          Map.entry("fr", 15),
          Map.entry("fi", 15));

  private Corpus() {}

  /** The first {@code count} documents of the corpus of a seed. */
  static List<Doc> generate(int count, long seed) {
    List<Doc> docs = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      docs.add(document(n, new SplittableRandom(seed * 1_000_003L + n)));
    }
    return docs;
  }

  /** Writes the documents as content files into a folder, which is emptied first. */
  static void writeContentFolder(List<Doc> docs, Path folder) throws IOException {
    Bench.deleteFolder(folder);
    for (Doc d : docs) {
      Path file = folder.resolve(d.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, d.markdown(), StandardCharsets.UTF_8);
    }
  }

  private static Doc document(int n, SplittableRandom r) {
    int roll = r.nextInt(100);
    String language = "en";
    for (Map.Entry<String, Integer> share : SHARES) {
      if (roll < share.getValue()) {
        language = share.getKey();
        break;
      }
      roll -= share.getValue();
    }
    Lexicon lex = LEXICONS.get(language);
    String title = capitalise(fill(pick(lex.titles(), r), lex, r));
    int paragraphs = 3 + r.nextInt(4);
    StringBuilder body = new StringBuilder();
    String summary = null;
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      int sentences = 3 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        String sentence = capitalise(fill(pick(lex.templates(), r), lex, r));
        if (summary == null) {
          summary = sentence;
        }
        if (s > 0) {
          body.append(' ');
        }
        body.append(sentence);
      }
    }
    List<String> themes = new ArrayList<>();
    int themeCount = 1 + r.nextInt(2);
    while (themes.size() < themeCount) {
      String theme = pick(THEMES, r);
      if (!themes.contains(theme)) {
        themes.add(theme);
      }
    }
    String slug = "bench-" + language + "-" + n;
    return new Doc(n, language, slug, title, summary, body.toString(), List.copyOf(themes));
  }

  private static String fill(String template, Lexicon lex, SplittableRandom r) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String slot = template.substring(i + 1, close);
      out.append(
          switch (slot) {
            case "N", "N2" -> pick(lex.nouns(), r);
            case "G" -> pick(lex.groups(), r);
            case "A" -> pick(lex.adjectives(), r);
            case "V" -> pick(lex.verbs(), r);
            case "O", "O2" -> pick(lex.objects(), r);
            case "P" -> pick(PLACES, r);
            default -> slot;
          });
      i = close + 1;
    }
    return out.toString();
  }

  /** Picks a word, the earlier ones in a list more often (a rough Zipf-like skew). */
  private static String pick(List<String> words, SplittableRandom r) {
    double x = r.nextDouble();
    return words.get((int) (words.size() * x * x));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
