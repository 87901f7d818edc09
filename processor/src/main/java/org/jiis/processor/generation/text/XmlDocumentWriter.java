package org.jiis.processor.generation.text;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document through the JDK's StAX writer, which escapes markup characters
 * ({@code < > & "}), one element per line, indented by two spaces.
 *
 * <p>StAX passes control characters through, and a parser would turn a line break in an attribute
 * into a space, so values holding control characters are refused here: escape them for the XML
 * dialect first (for MSBuild, {@link MsBuildText}).
 *
 * <p>Usage: {@code start}/{@code empty} open an element, {@code attribute} calls that follow add to
 * it, {@code element} writes a leaf holding text, {@code end} closes the innermost open element.
 */
public final class XmlDocumentWriter {

  private static final String INDENT = "  ";

  private final StringWriter buffer = new StringWriter();
  private final XMLStreamWriter xml;
  private final LineEnding lineEnding;
  /** One entry per open element: whether it has child elements yet. */
  private final Deque<Boolean> open = new ArrayDeque<>();

  /** Starts a document with the declaration {@code <?xml version="1.0" encoding="utf-8"?>}. */
  public XmlDocumentWriter(LineEnding lineEnding) {
    this.lineEnding = lineEnding;
    try {
      // The JDK's own writer, always: newFactory() would first search the class path and system
      // settings for another StAX implementation, which costs javac ~40 ms per compilation
      // (bench/) and could change the output.
      xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("utf-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's XML writer is unavailable", e);
    }
  }

  /** Opens an element that will hold child elements. */
  public XmlDocumentWriter start(String name) {
    return call(() -> {
      beginChild();
      xml.writeStartElement(name);
      open.push(false);
    });
  }

  /** Opens the root element in {@code namespace}, the default namespace of the document. */
  public XmlDocumentWriter startRoot(String name, String namespace) {
    return call(() -> {
      beginChild();
      xml.writeStartElement(name);
      xml.writeDefaultNamespace(namespace);
      open.push(false);
    });
  }

  /** Writes an empty element; attributes may follow. */
  public XmlDocumentWriter empty(String name) {
    return call(() -> {
      beginChild();
      xml.writeEmptyElement(name);
    });
  }

  /** Adds an attribute to the element just opened. */
  public XmlDocumentWriter attribute(String name, String value) {
    return call(() -> xml.writeAttribute(name, representable(name, value)));
  }

  /** Writes {@code <name>text</name>}. */
  public XmlDocumentWriter element(String name, String text) {
    return call(() -> {
      beginChild();
      xml.writeStartElement(name);
      xml.writeCharacters(representable(name, text));
      xml.writeEndElement();
    });
  }

  /** Closes the innermost open element. */
  public XmlDocumentWriter end() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no open element to end");
    }
    return call(() -> {
      if (open.pop()) {
        newline(open.size());
      }
      xml.writeEndElement();
    });
  }

  /** Ends the document and returns its text, ending with a line break. */
  public String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException(open.size() + " element(s) still open");
    }
    call(() -> {
      xml.writeEndDocument();
      xml.writeCharacters(lineEnding.separator());
      xml.close();
    });
    return buffer.toString();
  }

  private void beginChild() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.pop();
      open.push(true);
    }
    newline(open.size());
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters(lineEnding.separator() + INDENT.repeat(depth));
  }

  private static String representable(String where, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
        throw new IllegalArgumentException(String.format(
            "XML value for %s holds U+%04X at index %d, which XML cannot carry as written; "
                + "escape it for the XML dialect first", where, (int) c, i));
      }
    }
    return value;
  }

  private XmlDocumentWriter call(XmlStep step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
    return this;
  }

  @FunctionalInterface
  private interface XmlStep {
    void run() throws XMLStreamException;
  }
}
