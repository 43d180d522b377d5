package org.corpusanalytics.pipeline.graph;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written element by element, indented two spaces a level. Text and
 * attribute values are escaped by the JDK's StAX writer ({@code & < > "}); characters XML 1.0
 * cannot carry at all (most control characters, lone surrogates) become U+FFFD.
 */
final class XmlDocument {
  private final StringWriter text = new StringWriter();
  private final XMLStreamWriter xml;
  private int depth;
  /** Whether the open element has child elements, so that its end tag goes on a line of its own. */
  private boolean hasChildren;

  /** One call to the StAX writer. */
  private interface Step {
    void run() throws XMLStreamException;
  }

  XmlDocument(String rootNamespace, String rootElement) {
    try {
      // The JDK's own writer, whatever StAX implementation the classpath brings (Hadoop brings Woodstox).
      xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    write(() -> {
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(rootNamespace);
      xml.writeCharacters("\n");
      xml.writeStartElement(rootNamespace, rootElement);
      xml.writeDefaultNamespace(rootNamespace);
    });
    depth = 1;
  }

  XmlDocument attribute(String name, String value) {
    return write(() -> xml.writeAttribute(name, legal(value)));
  }

  XmlDocument attribute(String prefix, String namespace, String name, String value) {
    return write(() -> {
      xml.writeNamespace(prefix, namespace);
      xml.writeAttribute(prefix, namespace, name, legal(value));
    });
  }

  /** Opens a child element; add attributes, then children or text, then {@link #end()}. */
  XmlDocument start(String name) {
    write(() -> {
      newLine();
      xml.writeStartElement(name);
    });
    depth++;
    hasChildren = false;
    return this;
  }

  /** An element with attributes only ({@code <name .../>}); add its attributes next, no {@link #end()}. */
  XmlDocument empty(String name) {
    write(() -> {
      newLine();
      xml.writeEmptyElement(name);
    });
    hasChildren = true;
    return this;
  }

  /** Text content of the open element, which then closes on the same line. */
  XmlDocument text(String value) {
    return write(() -> xml.writeCharacters(legal(value)));
  }

  XmlDocument end() {
    depth--;
    write(() -> {
      if (hasChildren) {
        newLine();
      }
      xml.writeEndElement();
    });
    hasChildren = true;
    return this;
  }

  /** Closes every open element and returns the document. */
  String finish() {
    while (depth > 0) {
      end();
    }
    write(() -> {
      xml.writeEndDocument();
      xml.close();
    });
    return text.toString();
  }

  private XmlDocument write(Step step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      // Only reachable through misuse (an attribute after content): the writer is in memory.
      throw new IllegalStateException(e);
    }
    return this;
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** The value with every character outside XML 1.0's Char production replaced by U+FFFD. */
  static String legal(String value) {
    StringBuilder legal = new StringBuilder(value.length());
    value.codePoints().forEach(c -> legal.appendCodePoint(isXmlChar(c) ? c : 0xFFFD));
    return legal.toString();
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
