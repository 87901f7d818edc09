package org.jiis;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiis.reference.IisReference;
import org.junit.jupiter.api.Test;

class PriorityTest {

  @Test
  void matchesThePriorityAliasesOfTheReferenceInOrder() {
    Map<String, String> reference = IisReference.load().wideStrings("PRIORITY_ALIAS_FIRST");

    Map<String, String> aliases = new LinkedHashMap<>();
    for (Priority priority : Priority.values()) {
      aliases.put(priority.constantName(), priority.alias());
    }

    assertThat(aliases).containsExactlyEntriesIn(reference).inOrder();
  }

  @Test
  void theAliasIsTheStringIisExpects() {
    assertThat(Priority.FIRST.alias()).isEqualTo("FIRST");
    assertThat(Priority.FIRST.constantName()).isEqualTo("PRIORITY_ALIAS_FIRST");
    assertThat(Priority.LAST.alias()).isEqualTo("LAST");
  }
}
