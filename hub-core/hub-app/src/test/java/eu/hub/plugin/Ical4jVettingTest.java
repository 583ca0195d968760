package eu.hub.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Why the event calendar writes iCalendar itself: the vetting refuses ical4j. Run on the library
 * (and what it needs at run time) as if a plugin had bundled it, it finds calls a plugin may not
 * make. If a future ical4j passes, this test fails: then switch the calendar's writer to it.
 */
class Ical4jVettingTest {

  static List<BytecodeVetter.Violation> vet(Class<?> fromJar) throws Exception {
    File jar = new File(fromJar.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar)) {
      return BytecodeVetter.vet(file, Set.of());
    }
  }

  @Test
  void ical4jAndTheLibrariesItNeedsCallWhatPluginsMayNot() throws Exception {
    List<BytecodeVetter.Violation> ical4j = vet(net.fortuna.ical4j.data.CalendarOutputter.class);
    List<BytecodeVetter.Violation> lang3 = vet(org.apache.commons.lang3.StringUtils.class);
    Set<String> calls = new TreeSet<>();
    ical4j.forEach(v -> calls.add(v.call() + " (" + v.why() + ")"));
    System.out.println("ical4j's refused calls:\n  " + String.join("\n  ", calls));
    System.out.println("commons-lang3: " + lang3.size() + " refused calls");

    assertThat(ical4j)
        .extracting(BytecodeVetter.Violation::call)
        .as("service loading through class loaders, and time-zone downloads")
        .contains("java.lang.Class.getClassLoader", "java.net.URL.openStream");
    assertThat(lang3).as("its required commons-lang3 too").isNotEmpty();
  }
}
