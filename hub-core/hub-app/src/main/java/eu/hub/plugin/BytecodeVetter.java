package eu.hub.plugin;

import eu.hub.api.plugin.Capability;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads every class of a plugin JAR (without loading it) and lists the calls its capabilities do
 * not allow. Java 21 has no SecurityManager and class loaders isolate names, not authority: this
 * check is what keeps a plugin from ending the server, starting processes or threads, opening
 * sockets without asking, or reaching into the Hub by reflection.
 *
 * <p>It is a guard against mistakes and casual misuse, not a sandbox against a determined attacker:
 * an administrator still decides which JARs go into the plugins folder.
 */
final class BytecodeVetter {

  /** One refused call: the class (and method) that makes it, and what it calls. */
  record Violation(String className, String method, String call, String why) {
    @Override
    public String toString() {
      return className + "." + method + " calls " + call + " (" + why + ")";
    }
  }

  private static final String NOT_ALLOWED_ANYWHERE = "not allowed in plugins";
  private static final String NEEDS_NETWORK = "needs the 'network' capability";
  private static final String REFLECTION = "reflection into the Hub is not allowed";
  private static final String THREADS = "threads come from the Hub's scheduler";
  private static final String SECRETS =
      "the environment, system properties and files hold the Hub's secrets; settings come"
          + " through the plugin context";
  private static final Set<String> FILE_TYPES =
      Set.of(
          "java/io/FileInputStream",
          "java/io/FileOutputStream",
          "java/io/FileReader",
          "java/io/FileWriter",
          "java/io/RandomAccessFile",
          "java/io/PrintWriter",
          "java/io/PrintStream",
          "java/util/Scanner",
          "java/util/zip/ZipFile",
          "java/util/jar/JarFile");

  private BytecodeVetter() {}

  /** The refused calls in every class of the JAR; empty when the JAR may load. */
  static List<Violation> vet(JarFile jar, Set<Capability> capabilities) throws IOException {
    List<Violation> violations = new ArrayList<>();
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry entry = entries.nextElement();
      if (entry.isDirectory()
          || !entry.getName().endsWith(".class")
          || entry.getName().endsWith("module-info.class")) {
        continue;
      }
      try (InputStream in = jar.getInputStream(entry)) {
        violations.addAll(vet(in.readAllBytes(), capabilities));
      }
    }
    return violations;
  }

  /** The refused calls of one class file. */
  static List<Violation> vet(byte[] classFile, Set<Capability> capabilities) {
    List<Violation> found = new ArrayList<>();
    new ClassReader(classFile)
        .accept(
            new ClassScan(capabilities, found), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return found;
  }

  /** Summarises violations for a message: each distinct call once, with the classes making it. */
  static String describe(List<Violation> violations) {
    Set<String> lines = new TreeSet<>();
    violations.forEach(v -> lines.add(v.toString()));
    List<String> shown = new ArrayList<>(lines);
    String more = shown.size() > 10 ? "; and " + (shown.size() - 10) + " more" : "";
    return String.join("; ", shown.subList(0, Math.min(10, shown.size()))) + more;
  }

  private static final class ClassScan extends ClassVisitor {
    private final Set<Capability> capabilities;
    private final List<Violation> found;
    private String className;

    ClassScan(Set<Capability> capabilities, List<Violation> found) {
      super(Opcodes.ASM9);
      this.capabilities = capabilities;
      this.found = found;
    }

    @Override
    public void visit(
        int version,
        int access,
        String name,
        String signature,
        String superName,
        String[] interfaces) {
      className = name.replace('/', '.');
      if ("java/lang/Thread".equals(superName)) {
        found.add(new Violation(className, "<class>", "extends java.lang.Thread", THREADS));
      }
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      return new MethodScan(name);
    }

    private final class MethodScan extends MethodVisitor {
      private final String method;

      MethodScan(String method) {
        super(Opcodes.ASM9);
        this.method = method;
      }

      private void refuse(String owner, String name, String why) {
        found.add(new Violation(className, method, owner.replace('/', '.') + "." + name, why));
      }

      @Override
      public void visitMethodInsn(
          int opcode, String owner, String name, String descriptor, boolean isInterface) {
        check(owner, name, descriptor);
      }

      @Override
      public void visitInvokeDynamicInsn(
          String name, String descriptor, Handle bootstrap, Object... arguments) {
        // A method reference (System::exit) is a handle argument of the bootstrap method.
        for (Object argument : arguments) {
          if (argument instanceof Handle h) {
            check(h.getOwner(), h.getName(), h.getDesc());
          }
        }
      }

      @Override
      public void visitLdcInsn(Object value) {
        if (value instanceof Handle h) {
          check(h.getOwner(), h.getName(), h.getDesc());
        }
      }

      @Override
      public void visitTypeInsn(int opcode, String type) {
        if (opcode == Opcodes.NEW && isThreadType(type)) {
          refuse(type, "<init>", THREADS);
        }
      }

      @Override
      public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (owner.equals("sun/misc/Unsafe") || owner.startsWith("jdk/internal/")) {
          refuse(owner, name, NOT_ALLOWED_ANYWHERE);
        }
      }

      private void check(String owner, String name, String descriptor) {
        switch (owner) {
          case "java/lang/System" -> {
            if (name.equals("exit")) {
              refuse(owner, name, NOT_ALLOWED_ANYWHERE);
            } else if (Set.of(
                    "getenv", "getProperty", "getProperties", "setProperty", "load", "loadLibrary")
                .contains(name)) {
              refuse(owner, name, SECRETS);
            }
          }
          case "java/nio/file/Files", "java/nio/channels/FileChannel" ->
              refuse(owner, name, SECRETS);
          case "java/lang/ClassLoader" -> {
            if (name.equals("getSystemClassLoader")) {
              refuse(owner, name, REFLECTION);
            }
          }
          case "java/lang/Runtime" -> {
            if (Set.of("exit", "halt", "exec").contains(name)) {
              refuse(owner, name, NOT_ALLOWED_ANYWHERE);
            }
          }
          case "java/lang/ProcessBuilder", "java/lang/ProcessHandle" ->
              refuse(owner, name, NOT_ALLOWED_ANYWHERE);
          case "java/net/Socket",
              "java/net/ServerSocket",
              "java/net/DatagramSocket",
              "java/net/MulticastSocket",
              "java/nio/channels/SocketChannel",
              "java/nio/channels/ServerSocketChannel",
              "java/nio/channels/DatagramChannel",
              "java/net/http/HttpClient" -> {
            if (!capabilities.contains(Capability.NETWORK)) {
              refuse(owner, name, NEEDS_NETWORK);
            }
          }
          case "java/net/URL" -> {
            if ((name.equals("openConnection") || name.equals("openStream"))
                && !capabilities.contains(Capability.NETWORK)) {
              refuse(owner, name, NEEDS_NETWORK);
            }
          }
          case "java/lang/Class" -> {
            // Class.forName(name) resolves through the plugin's own loader, which sees only the
            // API and the JDK, whatever the name; the forms that take a loader, and getting hold
            // of another object's loader, could reach the Hub.
            boolean oneArgument = Type.getArgumentTypes(descriptor).length == 1;
            if ((name.equals("forName") && !oneArgument) || name.equals("getClassLoader")) {
              refuse(owner, name, REFLECTION);
            }
          }
          case "java/lang/invoke/MethodHandles" -> {
            if (name.equals("privateLookupIn")) {
              refuse(owner, name, REFLECTION);
            }
          }
          case "java/util/concurrent/Executors",
              "java/util/concurrent/ForkJoinPool",
              "java/util/concurrent/ThreadPoolExecutor",
              "java/util/concurrent/ScheduledThreadPoolExecutor" -> {
            if (owner.endsWith("Executors") || name.equals("<init>")) {
              refuse(owner, name, THREADS);
            }
          }
          case "java/util/concurrent/CompletableFuture" -> {
            if (name.endsWith("Async")) {
              refuse(owner, name, THREADS);
            }
          }
          case "sun/misc/Unsafe" -> refuse(owner, name, NOT_ALLOWED_ANYWHERE);
          default -> {
            if (owner.startsWith("java/lang/reflect/")
                && (name.equals("setAccessible") || name.equals("trySetAccessible"))) {
              refuse(owner, name, REFLECTION);
            } else if (FILE_TYPES.contains(owner)
                && name.equals("<init>")
                && (descriptor.contains("Ljava/io/File;")
                    || descriptor.contains("Ljava/nio/file/Path;")
                    || (descriptor.startsWith("(Ljava/lang/String;")
                        && !owner.equals("java/util/Scanner")))) {
              // Opening a file by name or path; the same types over streams are fine.
              refuse(owner, name, SECRETS);
            } else if (owner.equals("java/lang/Thread") && name.equals("getContextClassLoader")) {
              refuse(owner, name, REFLECTION);
            } else if (isThreadType(owner)
                && Set.of("<init>", "start", "startVirtualThread", "ofPlatform", "ofVirtual")
                    .contains(name)) {
              refuse(owner, name, THREADS);
            } else if (owner.startsWith("jdk/internal/")) {
              refuse(owner, name, NOT_ALLOWED_ANYWHERE);
            }
          }
        }
      }

      private static boolean isThreadType(String type) {
        return type.equals("java/lang/Thread") || type.startsWith("java/lang/Thread$Builder");
      }
    }
  }
}
