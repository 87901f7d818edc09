package org.jiis.testkit.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jiis.EventLog;

/**
 * An {@link EventLog} that keeps every entry so a test can assert on it. Safe to use from any
 * thread, like the real log. A {@code null} message is kept as {@code "null"}, as the runtime
 * writes it.
 */
public final class RecordingEventLog implements EventLog {

  /** The kind of entry, as the Windows Event Log types them. */
  public enum Level {
    ERROR,
    WARNING,
    INFO
  }

  /**
   * One entry.
   *
   * @param thrown the throwable given to {@link EventLog#error(String, Throwable)}, or null
   */
  public record Entry(Level level, String message, Throwable thrown) {

    @Override
    public String toString() {
      return level + ": " + message + (thrown == null ? "" : " [" + thrown + "]");
    }
  }

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void info(String message) {
    add(Level.INFO, message, null);
  }

  @Override
  public void warning(String message) {
    add(Level.WARNING, message, null);
  }

  @Override
  public void error(String message) {
    add(Level.ERROR, message, null);
  }

  @Override
  public void error(String message, Throwable thrown) {
    add(Level.ERROR, message, thrown);
  }

  /** Every entry so far, oldest first (a snapshot). */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The messages of every entry so far, oldest first. */
  public List<String> messages() {
    return entries.stream().map(Entry::message).toList();
  }

  /** The messages of the entries of {@code level}, oldest first. */
  public List<String> messages(Level level) {
    return entries.stream().filter(e -> e.level() == level).map(Entry::message).toList();
  }

  /** Forgets every entry. */
  public void clear() {
    entries.clear();
  }

  private void add(Level level, String message, Throwable thrown) {
    entries.add(new Entry(level, String.valueOf(message), thrown));
  }

  @Override
  public String toString() {
    return "RecordingEventLog" + entries;
  }
}
