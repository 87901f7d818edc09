package org.jiis.nativeruntime;

/** One entry the test host received through jiis_host_event_log. */
record LogEntry(String source, int level, String message) {

  static final int ERROR = 0;
  static final int WARNING = 1;
  static final int INFO = 2;
  static final int DEBUG = 3;

  private static final String PREFIX = "EVENTLOG|";

  static boolean isEntry(String line) {
    return line.startsWith(PREFIX);
  }

  /** Parses {@code EVENTLOG|<source>|<level>|<message with \n and \\ escaped>}. */
  static LogEntry parse(String line) {
    String[] parts = line.substring(PREFIX.length()).split("\\|", 3);
    return new LogEntry(parts[0], Integer.parseInt(parts[1]), unescape(parts[2]));
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
