package eu.hub.testkit;

import eu.hub.api.HubPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a plugin JAR in a test, the way a partner would: Java sources compiled with only the
 * hub-api JAR on the class path, a descriptor, and any resources.
 */
public final class PluginJarBuilder {

  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> resources = new LinkedHashMap<>();

  /** Adds a Java source file. */
  public PluginJarBuilder source(String className, String code) {
    sources.put(className, code);
    return this;
  }

  /** Adds a resource, for example {@code META-INF/hub-plugin.properties}. */
  public PluginJarBuilder resource(String path, String text) {
    resources.put(path, text);
    return this;
  }

  /** Adds the descriptor. */
  public PluginJarBuilder descriptor(String text) {
    return resource("META-INF/hub-plugin.properties", text);
  }

  /** Where the hub-api classes come from: its JAR, or its classes folder in a reactor build. */
  public static Path hubApi() {
    try {
      return Path.of(HubPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles the sources against hub-api only and writes the JAR. */
  public Path writeTo(Path jar) {
    try {
      Path work = Files.createTempDirectory("plugin-build");
      Path src = work.resolve("src");
      Path classes = work.resolve("classes");
      Files.createDirectories(classes);
      List<String> args = new ArrayList<>();
      args.addAll(
          List.of(
              "--release",
              "21",
              "-proc:none",
              "-classpath",
              hubApi().toString(),
              "-d",
              classes.toString()));
      for (Map.Entry<String, String> s : sources.entrySet()) {
        Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, s.getValue());
        args.add(file.toString());
      }
      if (!sources.isEmpty()) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, System.err, args.toArray(String[]::new));
        if (status != 0) {
          throw new IllegalStateException("The test plugin did not compile (see the output)");
        }
      }
      Files.createDirectories(jar.toAbsolutePath().getParent());
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
        try (Stream<Path> files = Files.walk(classes)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
            out.write(Files.readAllBytes(f));
            out.closeEntry();
          }
        }
        for (Map.Entry<String, String> r : resources.entrySet()) {
          out.putNextEntry(new JarEntry(r.getKey()));
          OutputStream o = out;
          o.write(r.getValue().getBytes(StandardCharsets.UTF_8));
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
