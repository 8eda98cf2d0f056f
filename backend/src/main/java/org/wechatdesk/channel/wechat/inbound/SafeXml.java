package org.wechatdesk.channel.wechat.inbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Parses WeChat's flat XML into a field map with DTDs, external entities and XInclude disabled, so
 * that XXE and entity-expansion payloads are refused before any entity is read. Nested elements
 * (e.g. {@code SendLocationInfo}) are flattened as {@code Parent.Child}. A top-level field given
 * twice is refused: which of two {@code Encrypt}s or {@code ToUserName}s counts would otherwise
 * depend on who reads the map.
 */
public final class SafeXml {

  private static final DocumentBuilderFactory FACTORY = hardenedFactory();

  /**
   * One builder per thread, reset between documents: creating a builder takes the factory's lock
   * and builds a parser configuration, which under a few hundred pushes a second was most of the
   * push endpoint's waiting (docs/benchmarks.md, "Push").
   */
  private static final ThreadLocal<DocumentBuilder> BUILDER =
      ThreadLocal.withInitial(SafeXml::newBuilder);

  /**
   * WeChat nests four levels at most (SendPicsInfo/PicList/item/PicMd5Sum); deeper input is
   * refused.
   */
  private static final int MAX_DEPTH = 16;

  private SafeXml() {}

  public static Map<String, String> parseFields(String xml) {
    try {
      DocumentBuilder builder = BUILDER.get();
      Element root;
      try {
        root =
            builder
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
      } finally {
        builder.reset();
        builder.setErrorHandler(null);
      }
      if (!"xml".equals(root.getTagName())) {
        throw new MalformedPushException("root element must be <xml>");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      collect(root, "", fields);
      return fields;
    } catch (SAXException | IOException e) {
      throw new MalformedPushException("XML is malformed, nested too deeply or declares a DTD");
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilder builder;
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Element parent, String prefix, Map<String, String> fields) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        String name = prefix + child.getTagName();
        if (prefix.isEmpty() && fields.containsKey(name)) {
          throw new MalformedPushException(name + " is given twice");
        }
        if (hasElementChildren(child)) {
          collect(child, name + ".", fields);
        } else {
          fields.put(name, child.getTextContent());
        }
      }
    }
  }

  private static boolean hasElementChildren(Element element) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  private static DocumentBuilderFactory hardenedFactory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a required security feature", e);
    }
  }
}
