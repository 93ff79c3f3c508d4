package org.mizan.report;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes SAX events on, but no more than {@code maxChars} characters of text between two
 * tags: a cell of a hostile sheet can hold hundreds of megabytes, which the sheet handler
 * would otherwise buffer whole.
 */
final class ClippedText implements ContentHandler {

	private final ContentHandler next;

	private final int maxChars;

	private int chars;

	ClippedText(ContentHandler next, int maxChars) {
		this.next = next;
		this.maxChars = maxChars;
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		int room = Math.max(0, Math.min(length, maxChars - chars));
		chars += room;
		if (room > 0) {
			next.characters(ch, start, room);
		}
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
		chars = 0;
		next.startElement(uri, localName, qName, atts);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		chars = 0;
		next.endElement(uri, localName, qName);
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		next.setDocumentLocator(locator);
	}

	@Override
	public void startDocument() throws SAXException {
		next.startDocument();
	}

	@Override
	public void endDocument() throws SAXException {
		next.endDocument();
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		next.startPrefixMapping(prefix, uri);
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		next.endPrefixMapping(prefix);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		next.ignorableWhitespace(ch, start, length);
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		next.processingInstruction(target, data);
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		next.skippedEntity(name);
	}

}
