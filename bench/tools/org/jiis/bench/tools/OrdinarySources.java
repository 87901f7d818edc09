package org.jiis.bench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compilation the processor benchmark times: {@code count} ordinary classes (fields,
 * collections, generics, lambdas, streams, a nested record, each using the one before it) in
 * packages of 100, plus one jiis module shaped like the token-cache example.
 */
final class OrdinarySources {

  static final String MODULE_CLASS = "bench.app.module.AuditModule";
  static final String MODULE_NAME = "BenchAudit";
  private static final int CLASSES_PER_PACKAGE = 100;

  private OrdinarySources() {}

  /** Writes the sources under {@code root}; returns their paths, module class last. */
  static List<Path> write(Path root, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(writeClass(root, packageOf(i), className(i), ordinaryClass(i)));
    }
    files.add(writeClass(root, "bench.app.module", "AuditModule", moduleClass()));
    return files;
  }

  private static Path writeClass(Path root, String packageName, String simpleName, String text)
      throws IOException {
    Path file = root.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String packageOf(int index) {
    return String.format(Locale.ROOT, "bench.app.p%02d", index / CLASSES_PER_PACKAGE);
  }

  private static String className(int index) {
    return String.format(Locale.ROOT, "Service%04d", index);
  }

  private static String ordinaryClass(int index) {
    String name = className(index);
    String previous = index == 0 ? "Object" : packageOf(index - 1) + "." + className(index - 1);
    return """
        package %1$s;

        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import java.util.Objects;
        import java.util.Optional;
        import java.util.stream.Collectors;

        /** Ordinary class %2$s of the processor benchmark. */
        public final class %2$s {

          /** One named total. */
          public record Entry(String key, long value) {}

          private final String name;
          private final %3$s previous;
          private final List<Integer> values = new ArrayList<>();
          private final Map<String, Long> totals = new HashMap<>();

          public %2$s(String name, %3$s previous) {
            this.name = Objects.requireNonNull(name, "name");
            this.previous = previous;
          }

          public int add(String key, int value) {
            values.add(value);
            totals.merge(key, (long) value, Long::sum);
            return values.size();
          }

          public long total() {
            long sum = 0;
            for (int value : values) {
              sum += value;
            }
            return sum;
          }

          public Optional<Entry> largest() {
            return totals.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> new Entry(e.getKey(), e.getValue()));
          }

          public List<String> labels(int count) {
            List<String> labels = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
              labels.add(name + "-" + i);
            }
            return labels;
          }

          public String describe() {
            String keys = totals.keySet().stream().sorted().collect(Collectors.joining(", "));
            return String.format("%%s: %%d values, total %%d, keys [%%s], after %%s",
                name, values.size(), total(), keys, previous);
          }

          @Override
          public boolean equals(Object other) {
            return other instanceof %2$s that && name.equals(that.name) && values.equals(that.values);
          }

          @Override
          public int hashCode() {
            return Objects.hash(name, values);
          }

          @Override
          public String toString() {
            return describe();
          }
        }
        """.formatted(packageOf(index), name, previous);
  }

  private static String moduleClass() {
    return """
        package bench.app.module;

        import static org.jiis.GlobalEvent.CACHE_CLEANUP;
        import static org.jiis.GlobalEvent.CACHE_OPERATION;

        import org.jiis.CacheCleanupListener;
        import org.jiis.CacheOperationListener;
        import org.jiis.GlobalModule;
        import org.jiis.GlobalNotificationStatus;
        import org.jiis.ModuleContext;
        import org.jiis.Priority;
        import org.jiis.cache.CacheProvider;
        import org.jiis.cache.TokenEntry;

        /** The one jiis module of the processor benchmark's compilation. */
        @GlobalModule(name = "%s", events = {CACHE_OPERATION, CACHE_CLEANUP}, priority = Priority.FIRST)
        public final class AuditModule implements CacheOperationListener, CacheCleanupListener {

          private final ModuleContext context;

          public AuditModule(ModuleContext context) {
            this.context = context;
          }

          @Override
          public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
            if (context.debugEnabled() && provider.record() instanceof TokenEntry token) {
              context.eventLog().info("token entry, SID " + token.sid());
            }
            return GlobalNotificationStatus.CONTINUE;
          }

          @Override
          public GlobalNotificationStatus onCacheCleanup() {
            return GlobalNotificationStatus.CONTINUE;
          }
        }
        """.formatted(MODULE_NAME);
  }
}
