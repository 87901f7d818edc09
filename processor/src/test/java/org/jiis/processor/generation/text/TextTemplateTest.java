package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTemplateTest {

  private record Values(String name, List<String> items) {}

  @Test
  void insertsValuesVerbatimWithoutHtmlEscaping() {
    TextTemplate template = TextTemplate.compile("t", "x = {{name}};\n", LineEnding.LF);

    assertThat(template.render(new Values("<a & \"b\">", List.of()))).isEqualTo("x = <a & \"b\">;\n");
  }

  @Test
  void sectionLinesLeaveNoBlankLines() {
    TextTemplate template = TextTemplate.compile("t", "start\n{{#items}}\n  {{.}}\n{{/items}}\nend\n", LineEnding.LF);

    assertThat(template.render(new Values("n", List.of("a", "b")))).isEqualTo("start\n  a\n  b\nend\n");
  }

  @Test
  void convertsTheTemplatesLineEndingsButNeverAValues() {
    TextTemplate template = TextTemplate.compile("t", "a\n{{name}}\r\nb\n", LineEnding.CRLF);

    assertThat(template.render(new Values("one\ntwo", List.of()))).isEqualTo("a\r\none\ntwo\r\nb\r\n");
  }

  @Test
  void aMissingValueIsAnError() {
    TextTemplate template = TextTemplate.compile("sample.mustache", "{{nmae}}", LineEnding.LF);

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> template.render(new Values("n", List.of())));
    assertThat(error).hasMessageThat().contains("sample.mustache");
    assertThat(error).hasMessageThat().contains("nmae");
  }

  @Test
  void aNullValueIsAnError() {
    TextTemplate template = TextTemplate.compile("t", "[{{name}}]", LineEnding.LF);

    assertThrows(IllegalArgumentException.class, () -> template.render(new Values(null, List.of())));
  }

  @Test
  void aMissingSectionIsAnError() {
    TextTemplate template = TextTemplate.compile("t", "{{#itms}}x{{/itms}}", LineEnding.LF);

    assertThrows(IllegalArgumentException.class, () -> template.render(Map.of("items", List.of())));
  }

  @Test
  void aTemplateThatDoesNotParseSaysWhich() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> TextTemplate.compile("broken.mustache", "{{#a}}", LineEnding.LF));

    assertThat(error).hasMessageThat().contains("broken.mustache");
  }

  @Test
  void aMissingResourceSaysToRebuild() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> TextTemplate.load("no/such.mustache", LineEnding.LF));

    assertThat(error).hasMessageThat().contains("org/jiis/processor/templates/no/such.mustache");
    assertThat(error).hasMessageThat().contains("rebuild the processor");
  }

  @Test
  void loadsTemplatesFromTheProcessorsResources() {
    TextTemplate template = TextTemplate.load("build/module.def.mustache", LineEnding.CRLF);

    assertThat(template.render(Map.of("library", "\"X\""))).contains("LIBRARY \"X\"\r\nEXPORTS\r\n");
  }
}
