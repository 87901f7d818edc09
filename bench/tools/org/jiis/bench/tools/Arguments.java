package org.jiis.bench.tools;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line arguments. */
final class Arguments {

  private final Map<String, String> values = new HashMap<>();

  Arguments(String[] args) {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("expected --name value pairs, got an odd number of arguments");
    }
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name, got " + args[i]);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String text(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  Path path(String name) {
    return Path.of(text(name));
  }

  int number(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }
}
