package org.mizan.corpus;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page: its title, then every block element (paragraph,
 * heading, list item, cell...) on a line of its own; scripts, styles and other non-text
 * elements dropped. Whitespace inside a line is collapsed. Offsets of facts found in an
 * HTML article are therefore offsets into this extracted text, not into the markup.
 */
final class HtmlText {

	private static final String DROPPED = "script, style, noscript, template, svg, iframe, object, canvas, head > *:not(title)";

	private HtmlText() {
	}

	static String extract(String html) {
		Document page = Jsoup.parse(html);
		String title = page.title().strip();
		page.select(DROPPED).remove();
		LineCollector lines = new LineCollector();
		NodeTraversor.traverse(lines, page.body());
		lines.breakLine();
		List<String> result = new ArrayList<>();
		if (!title.isEmpty()) {
			result.add(title);
		}
		for (String line : lines.lines) {
			// the page's main heading usually repeats its title
			if (!(result.size() == 1 && line.equals(title))) {
				result.add(line);
			}
		}
		return String.join("\n", result);
	}

	private static final class LineCollector implements NodeVisitor {

		private final List<String> lines = new ArrayList<>();

		private final StringBuilder current = new StringBuilder();

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				append(text.text());
			}
			else if (node instanceof Element element) {
				if (element.nameIs("br") || element.tag().isBlock()) {
					breakLine();
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && element.tag().isBlock()) {
				breakLine();
			}
		}

		private void append(String text) {
			if (text.isBlank()) {
				if (!current.isEmpty()) {
					current.append(' ');
				}
				return;
			}
			current.append(text);
		}

		private void breakLine() {
			String line = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
			if (!line.isEmpty()) {
				lines.add(line);
			}
			current.setLength(0);
		}

	}

}
