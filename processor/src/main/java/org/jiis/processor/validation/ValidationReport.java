package org.jiis.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The errors found about one subject (one {@code @GlobalModule} class, or one compilation unit for
 * classes javac does not hand to processors). Nothing is printed until {@link #printTo} so that a
 * round reports all of its errors together, after every module has been validated.
 */
public final class ValidationReport {

  /** One error: its id, the text after the {@code [jiis.Id]} prefix, and where it points. */
  public record Item(DiagnosticId id, String message, Location location) {
    /** The message as the user sees it, for example {@code [jiis.NoEvents] events is empty; ...}. */
    public String text() {
      return id.prefix() + message;
    }
  }

  private final List<Item> items = new ArrayList<>();

  /** Records an error. */
  public void error(DiagnosticId id, String message, Location location) {
    items.add(new Item(id, message, location));
  }

  /** Whether no error was recorded: only then may anything be generated for the subject. */
  public boolean isClean() {
    return items.isEmpty();
  }

  /** Prints every recorded error. */
  public void printTo(Messager messager) {
    for (Item item : items) {
      item.location().print(Diagnostic.Kind.ERROR, item.text(), messager);
    }
  }
}
