package org.mizan.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the five seed articles the recognizer finds every quantity and date of the gold file
 * where it is written, with the gold value, and reads the site masthead as dates only.
 */
class SeedArticlesTests {

	/**
	 * Facts whose value comes from a counted noun without a number, bound by the fact
	 * builder, not here.
	 */
	private static final List<String> NOT_RECOGNIZER_FACTS = List.of("F08");

	private static final MentionRecognizer RECOGNIZER = new MentionRecognizer();

	static Stream<Arguments> facts() throws IOException {
		JsonNode gold = JsonMapper.builder()
			.build()
			.readTree(Path.of("src/test/resources/acceptance/seeds.json").toFile());
		return gold.get("facts")
			.valueStream()
			.filter(f -> !NOT_RECOGNIZER_FACTS.contains(f.get("id").asString()))
			.map(f -> Arguments.of(f.get("id").asString(), f.get("article").asString(), f.get("surface").asString(),
					f.get("value"), f.has("approx") && f.get("approx").asBoolean()));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("facts")
	void findsGoldFact(String id, String article, String surface, JsonNode value, boolean approx) throws IOException {
		String text = article(article);
		int at = text.indexOf(surface);
		assertThat(at).as("surface of %s in article %s", id, article).isGreaterThanOrEqualTo(0);
		List<Mention> here = RECOGNIZER.recognize(text)
			.stream()
			.filter(m -> m.start() < at + surface.length() && at < m.end())
			.toList();
		assertThat(here).as("mentions over %s", surface).anySatisfy(m -> {
			if (value.isArray()) {
				assertThat(m.low()).isEqualTo(value.get(0).asDouble());
				assertThat(m.high()).isEqualTo(value.get(1).asDouble());
			}
			else if (value.isString()) {
				assertThat(m.kind()).isEqualTo(MentionKind.DATE);
				assertThat(m.date()).isEqualTo(value.asString());
			}
			else {
				assertThat(m.value()).isEqualTo(value.asDouble());
				if (approx) {
					assertThat(m.approx()).isEqualTo(Approx.ABOUT);
				}
				else {
					assertThat(m.approx()).isNotEqualTo(Approx.ABOUT);
				}
			}
		});
	}

	@Test
	void mastheadIsDatesNotCounts() throws IOException {
		String text = article("002");
		String masthead = "الثلاثاء 16 أبريل 2024 الموافق 07 شوال 1445";
		int at = text.indexOf(masthead);
		List<Mention> inMasthead = RECOGNIZER.recognize(text)
			.stream()
			.filter(m -> m.start() < at + masthead.length() && at < m.end())
			.toList();
		assertThat(inMasthead).extracting(Mention::kind).containsOnly(MentionKind.DATE);
		assertThat(inMasthead).extracting(Mention::date).containsExactly("2024-04-16", "AH1445-10-07");
	}

	@Test
	void websiteNameWithDigitsIsNotANumber() throws IOException {
		String text = article("004");
		int at = text.indexOf("سُوّيداء-24");
		assertThat(at).isGreaterThanOrEqualTo(0);
		assertThat(RECOGNIZER.recognize(text)).noneMatch(m -> m.start() < at + 11 && at < m.end());
	}

	@Test
	void offsetsPointIntoTheOriginalText() throws IOException {
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			for (Path seed : seeds.toList()) {
				String text = Files.readString(seed, StandardCharsets.UTF_8);
				List<Mention> mentions = RECOGNIZER.recognize(text);
				assertThat(mentions).isNotEmpty();
				int previousEnd = 0;
				for (Mention m : mentions) {
					assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
					assertThat(m.start()).as("in order, not overlapping").isGreaterThanOrEqualTo(previousEnd);
					previousEnd = m.end();
				}
			}
		}
	}

	private static String article(String prefix) throws IOException {
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			Path seed = seeds.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
				.findFirst()
				.orElseThrow();
			return Files.readString(seed, StandardCharsets.UTF_8);
		}
	}

}
