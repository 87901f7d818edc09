package org.jiis.testkit.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jiis.GlobalEvent;
import org.jiis.cache.CacheOperation;

/**
 * What the simulator does with the modules after {@code RegisterModule}: its settings and the
 * events to fire, in order, rendered as the scenario line format of the simulator's README. Every
 * worker thread fires the events in order, {@link Builder#repeat(int) repeat} times; then the
 * simulator fires the events added after {@link Builder#afterWorkers()} once each on its {@code
 * main} thread, calls {@code Terminate} (or earlier: {@link Builder#terminateAfterEvents}), then
 * fires the events added after {@link Builder#terminate()}, once each, on {@code main}.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.builder()
 *     .threads(2)
 *     .repeat(10)
 *     .cacheOperation(CacheOperation.ADD,
 *         CacheEntry.token().userName("alice").primaryToken(TokenHandle.State.NULL))
 *     .cacheCleanup()
 *     .build();
 * }</pre>
 */
public final class Scenario {

  private final List<String> lines;

  private Scenario(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  /** A new builder: one thread, one repetition, server version 10, no events. */
  public static Builder builder() {
    return new Builder();
  }

  /** The scenario's lines. */
  public List<String> lines() {
    return lines;
  }

  /** The scenario file's text. */
  public String text() {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  @Override
  public String toString() {
    return text();
  }

  /** Builds a {@link Scenario}. */
  public static final class Builder {

    private final List<String> settings = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private boolean afterWorkersWritten;
    private boolean terminateWritten;

    private Builder() {}

    /** How many worker threads fire the events (1 to 256). */
    public Builder threads(int count) {
      return setting("threads", count, 1, 256);
    }

    /** How many times each thread fires the scenario's events (at least 1). */
    public Builder repeat(int times) {
      return setting("repeat", times, 1, 10_000_000);
    }

    /** The {@code dwServerVersion} passed to {@code RegisterModule} (default 10). */
    public Builder serverVersion(int version) {
      return setting("server-version", version, 0, Integer.MAX_VALUE);
    }

    /** What {@code IHttpServer::GetAppPoolName} returns (default {@code DefaultAppPool}). */
    public Builder appPoolName(String name) {
      settings.add("app-pool " + ScenarioText.encode(Objects.requireNonNull(name, "name")));
      return this;
    }

    /**
     * What {@code IHttpModuleRegistrationInfo::GetName} returns (default: the module file's name
     * without directory and extension).
     */
    public Builder moduleName(String name) {
      settings.add("module-name " + ScenarioText.encode(Objects.requireNonNull(name, "name")));
      return this;
    }

    /** What {@code IHttpServer::IsCommandLineLaunch} returns (default true). */
    public Builder commandLineLaunch(boolean value) {
      settings.add("command-line-launch " + value);
      return this;
    }

    /**
     * Calls {@code Terminate} as soon as this many events have been fired, while the workers go
     * on firing the rest: events race {@code Terminate} and follow it (default: {@code Terminate}
     * comes after the workers are done).
     */
    public Builder terminateAfterEvents(long events) {
      if (events < 0) {
        throw new IllegalArgumentException("terminateAfterEvents must be 0 or more, got " + events);
      }
      settings.add("terminate-after-events " + events);
      return this;
    }

    /**
     * Ends each worker thread after this many repetitions and continues on a new thread, so that
     * threads start and end during the run as in IIS's thread pool (default 0: each worker is one
     * thread for the whole run).
     */
    public Builder threadTurnover(int repetitions) {
      return setting("thread-turnover", repetitions, 1, 10_000_000);
    }

    /** Adds a {@link MemorySample} every this many fired events (default: none). */
    public Builder memoryEvery(long events) {
      if (events < 1) {
        throw new IllegalArgumentException("memoryEvery must be 1 or more, got " + events);
      }
      settings.add("memory-every " + events);
      return this;
    }

    /**
     * Whether each event gets an {@code event} line (default true). A long run can leave them
     * out: the summary still counts every event and status, and errors are still reported.
     */
    public Builder eventLines(boolean value) {
      settings.add("event-lines " + (value ? "all" : "none"));
      return this;
    }

    /**
     * Marks the end of the workers' events: the events added after this (up to {@link
     * #terminate()}) are fired once each, on the {@code main} thread, after the worker threads
     * have ended and before {@code Terminate}; a point to look at what the run left behind.
     */
    public Builder afterWorkers() {
      if (afterWorkersWritten || terminateWritten) {
        throw new IllegalStateException(
            "afterWorkers() comes once, before terminate(): the workers end before Terminate");
      }
      afterWorkersWritten = true;
      events.add("after-workers");
      return this;
    }

    /**
     * Marks where {@code Terminate} is called: the events added after this are fired once each,
     * on the {@code main} thread, after {@code Terminate} returned.
     */
    public Builder terminate() {
      if (terminateWritten) {
        throw new IllegalStateException("terminate() was already called: Terminate is called once");
      }
      terminateWritten = true;
      events.add("terminate");
      return this;
    }

    /** Fires {@code GL_CACHE_OPERATION} carrying this entry's key and record. */
    public Builder cacheOperation(CacheOperation operation, CacheEntry<?> entry) {
      Objects.requireNonNull(entry, "entry");
      events.add(cacheOperationWord(operation) + " " + entry.toScenarioWords());
      return this;
    }

    /** Fires {@code GL_CACHE_OPERATION} with neither key nor record (both NULL). */
    public Builder cacheOperation(CacheOperation operation) {
      events.add(cacheOperationWord(operation) + " none");
      return this;
    }

    /** Fires {@code GL_CACHE_CLEANUP}. */
    public Builder cacheCleanup() {
      events.add("cache-cleanup");
      return this;
    }

    /**
     * Fires a notification other than the cache ones with its provider's fields, as the host
     * README's "Other notifications" lists them (for example {@code
     * notification(GlobalEvent.FILE_CHANGE, Map.of("file", "C:\\site\\web.config"))}). Each
     * value is written as one token ({@code %} and whitespace escaped); a null value is the bare
     * word {@code null} (the getter returns NULL).
     */
    public Builder notification(GlobalEvent event, Map<String, String> fields) {
      Objects.requireNonNull(event, "event");
      if (event == GlobalEvent.CACHE_OPERATION || event == GlobalEvent.CACHE_CLEANUP) {
        throw new IllegalArgumentException(
            "Use cacheOperation(...) or cacheCleanup() for " + event + ": they carry cache entries");
      }
      StringBuilder line = new StringBuilder(event.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      new TreeMap<>(fields).forEach((name, value) ->
          line.append(' ').append(name).append('=').append(ScenarioText.encodeNullable(value)));
      events.add(line.toString());
      return this;
    }

    /** Fires a notification other than the cache ones with its provider's default data. */
    public Builder notification(GlobalEvent event) {
      return notification(event, Map.of());
    }

    /**
     * Calls {@code Resume} on the suspend callback each module stored in its last {@code
     * OnSuspendProcess} (a {@code resume} line of the report per module).
     */
    public Builder resume() {
      events.add("resume");
      return this;
    }

    /** Adds one line of the scenario format as it is, for what this builder does not cover. */
    public Builder line(String line) {
      Objects.requireNonNull(line, "line");
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("A scenario line cannot contain a line break: " + line);
      }
      events.add(line);
      return this;
    }

    public Scenario build() {
      List<String> lines = new ArrayList<>(settings);
      lines.addAll(events);
      return new Scenario(lines);
    }

    private Builder setting(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be from " + min + " to " + max + ", got " + value);
      }
      settings.add(name + " " + value);
      return this;
    }

    private static String cacheOperationWord(CacheOperation operation) {
      return "cache-operation " + Objects.requireNonNull(operation, "operation").name();
    }
  }
}
