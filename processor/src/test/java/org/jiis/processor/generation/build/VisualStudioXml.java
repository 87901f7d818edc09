package org.jiis.processor.generation.build;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jiis.processor.generation.text.FileContent;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A generated project parsed by the JDK's DOM parser, queried with XPath (element local names). */
final class VisualStudioXml {

  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  VisualStudioXml(FileContent file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
  }

  /** The text of every node {@code expression} selects. */
  List<String> all(String expression) throws Exception {
    NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }

  /** The text of the one node {@code expression} selects. */
  String one(String expression) throws Exception {
    List<String> values = all(expression);
    if (values.size() != 1) {
      throw new AssertionError(expression + " selects " + values.size() + " nodes: " + values);
    }
    return values.get(0);
  }

  /** The ItemDefinitionGroup of {@code configuration}, as an XPath step. */
  static String definitions(BuildConfiguration configuration) {
    return "/Project/ItemDefinitionGroup[@Condition=\"" + configuration.condition() + "\"]";
  }
}
