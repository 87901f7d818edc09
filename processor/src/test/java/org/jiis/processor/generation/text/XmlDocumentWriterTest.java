package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlDocumentWriterTest {

  private static final String TRICKY = "a<b>&c\"d'e caf\u00E9 \u6A21 \uD835\uDCB3 ;$@%?*";

  @Test
  void indentsOneElementPerLine() {
    String xml = new XmlDocumentWriter(LineEnding.CRLF)
        .startRoot("Project", "urn:x").attribute("A", "1")
        .start("Group").element("Leaf", "text").empty("Empty").attribute("B", "2").end()
        .end()
        .finish();

    assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
        + "<Project xmlns=\"urn:x\" A=\"1\">\r\n"
        + "  <Group>\r\n"
        + "    <Leaf>text</Leaf>\r\n"
        + "    <Empty B=\"2\"/>\r\n"
        + "  </Group>\r\n"
        + "</Project>\r\n");
  }

  @Test
  void markupCharactersAndNonAsciiTextSurviveAParser() throws Exception {
    String xml = new XmlDocumentWriter(LineEnding.LF)
        .startRoot("Project", "urn:x").attribute("Value", TRICKY)
        .element("Text", TRICKY)
        .end()
        .finish();

    Element root = parse(xml).getDocumentElement();
    assertThat(root.getAttribute("Value")).isEqualTo(TRICKY);
    assertThat(root.getElementsByTagName("Text").item(0).getTextContent()).isEqualTo(TRICKY);
  }

  @Test
  void controlCharactersAreRefusedBecauseAParserWouldChangeThem() {
    for (String value : new String[] {"a\nb", "a\rb", "a\tb", "a\u0001b"}) {
      XmlDocumentWriter writer = new XmlDocumentWriter(LineEnding.LF).startRoot("P", "urn:x");
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> writer.attribute("Include", value));
      assertThat(error).hasMessageThat().contains("Include");
    }
    XmlDocumentWriter writer = new XmlDocumentWriter(LineEnding.LF).startRoot("P", "urn:x");
    assertThrows(IllegalArgumentException.class, () -> writer.element("Name", "a\nb"));
  }

  @Test
  void msBuildEscapingCarriesLineBreaksAndSpecialCharactersThroughXml() throws Exception {
    String value = "dir/a;b$(c)@(d)%e'f?*g\nh\u00E9<&>";
    String xml = new XmlDocumentWriter(LineEnding.LF)
        .startRoot("Project", "urn:x").empty("ClCompile").attribute("Include", MsBuildText.escape(value))
        .end()
        .finish();

    String include = ((Element) parse(xml).getElementsByTagName("ClCompile").item(0)).getAttribute("Include");
    assertThat(include).isEqualTo("dir/a%3Bb%24(c)%40(d)%25e%27f%3F%2Ag%0Ah\u00E9<&>");
    assertThat(msBuildUnescape(include)).isEqualTo(value);
  }

  @Test
  void msBuildPathsUseBackslashes() {
    assertThat(MsBuildText.path("runtime/src/a;b.cpp")).isEqualTo("runtime\\src\\a%3Bb.cpp");
  }

  /** MSBuild's unescaping: {@code %} followed by two hex digits is the character they name. */
  private static String msBuildUnescape(String value) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()
          && Character.digit(value.charAt(i + 1), 16) >= 0
          && Character.digit(value.charAt(i + 2), 16) >= 0) {
        text.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
