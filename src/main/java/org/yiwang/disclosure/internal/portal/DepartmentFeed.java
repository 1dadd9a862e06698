package org.yiwang.disclosure.internal.portal;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yiwang.disclosure.internal.publishing.PublicationCatalogue;
import org.yiwang.disclosure.internal.publishing.PublicationRow;
import org.yiwang.organization.Department;

/**
 * An Atom 1.0 feed (RFC 4287) per department with its newest publications, so that a reader, a news aggregator or
 * another government site follows what it publishes. Written with the JDK's StAX writer, which escapes the text.
 */
@Controller
class DepartmentFeed {

    static final int ENTRIES = 30;
    static final int SUMMARY_LENGTH = 200;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final DisclosurePortal portal;
    private final PublicationCatalogue catalogue;
    private final MessageSource messages;

    DepartmentFeed(DisclosurePortal portal, PublicationCatalogue catalogue, MessageSource messages) {
        this.portal = portal;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/disclosure/departments/{code}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String code) throws XMLStreamException {
        Department department = portal.department(code);
        List<PublicationRow> rows = catalogue.newestOf(department.id(), ENTRIES);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String section = base + "/disclosure/departments/" + department.code();
        Instant updated = rows.stream().map(PublicationRow::publishedAt).max(Instant::compareTo)
                .orElse(department.createdAt());
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml:lang", "zh-CN");
        element(xml, "id", section + "/feed.atom");
        element(xml, "title", messages.getMessage("disclosure.feed.title", new Object[] {department.name()},
                Locale.SIMPLIFIED_CHINESE));
        element(xml, "updated", updated.toString());
        link(xml, "self", section + "/feed.atom", "application/atom+xml");
        link(xml, "alternate", section, "text/html");
        xml.writeStartElement(NS, "author");
        element(xml, "name", department.name());
        xml.writeEndElement();
        for (PublicationRow row : rows) {
            String page = base + "/disclosure/publications/" + row.indexNumber();
            xml.writeStartElement(NS, "entry");
            element(xml, "id", page);
            element(xml, "title", row.title());
            link(xml, "alternate", page, "text/html");
            element(xml, "published", row.publishedAt().toString());
            element(xml, "updated", row.publishedAt().toString());
            xml.writeEmptyElement(NS, "category");
            xml.writeAttribute("term", row.category().code());
            xml.writeAttribute("label", messages.getMessage("disclosure.category." + row.category().code(), null,
                    Locale.SIMPLIFIED_CHINESE));
            element(xml, "summary", summary(row.body()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(text.toString());
    }

    private static String summary(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= SUMMARY_LENGTH ? flat : flat.substring(0, SUMMARY_LENGTH) + "…";
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
