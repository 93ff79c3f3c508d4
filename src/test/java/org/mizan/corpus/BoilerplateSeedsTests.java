package org.mizan.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.text.TextSpan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boilerplate on the real seed pages: the gold noise lines are dropped, no gold fact is.
 */
class BoilerplateSeedsTests {

	private static final Boilerplate BOILERPLATE = new Boilerplate();

	/**
	 * Noise lines of the gold file that are page boilerplate (the website name inside a
	 * sentence is not).
	 */
	private static final List<String[]> BOILERPLATE_NOISE = List.of(
			new String[] { "002", "الثلاثاء 16 أبريل 2024 الموافق 07 شوال 1445" }, new String[] { "003", "\n0\n" },
			new String[] { "000", "بالجداول والأرقام.. كل ما يجب ان تعرفه عن فيروس «كورونا»" },
			new String[] { "003", "اترك رد" }, new String[] { "004", "المزيد من تقارير" },
			new String[] { "004", "الأكثر قراءة" }, new String[] { "003", "لن يتم نشر عنوان بريدك الإلكتروني" },
			new String[] { "002", "رئيس التحرير" }, new String[] { "002", "عاجل" }, new String[] { "002", "عرب وعالم" },
			new String[] { "000", "السيد محمد حسن الأمين: العلم يقود إلى التطلع لا إلى إنكار الدين" },
			new String[] { "000", "\nالتالي\n" }, new String[] { "000", "إقرأ أيضاً: الأسد يُصعّد في وجه أردوغان" });

	static Stream<Arguments> noise() {
		return BOILERPLATE_NOISE.stream().map(pair -> Arguments.of(pair[0], pair[1]));
	}

	static Stream<Arguments> facts() throws IOException {
		JsonNode gold = JsonMapper.builder()
			.build()
			.readTree(Path.of("src/test/resources/acceptance/seeds.json").toFile());
		List<Arguments> facts = new ArrayList<>();
		for (JsonNode fact : gold.get("facts")) {
			facts.add(Arguments.of(fact.get("id").asString(), fact.get("article").asString(),
					fact.get("surface").asString()));
		}
		return facts.stream();
	}

	@ParameterizedTest(name = "{0}: {1} is boilerplate")
	@MethodSource("noise")
	void goldNoiseLineIsInsideARegion(String article, String surface) throws IOException {
		String text = seed(article);
		int at = text.indexOf(surface);
		assertThat(at).as("surface in article").isNotNegative();
		int offset = surface.startsWith("\n") ? at + 1 : at;
		List<TextSpan> regions = BOILERPLATE.regions(text);
		assertThat(Boilerplate.covers(regions, offset)).as("regions %s", regions).isTrue();
	}

	@ParameterizedTest(name = "{0} ({1}) {2} is content")
	@MethodSource("facts")
	void goldFactIsNeverBoilerplate(String id, String article, String surface) throws IOException {
		String text = seed(article);
		int at = text.indexOf(surface);
		assertThat(at).as("surface in article").isNotNegative();
		List<TextSpan> regions = BOILERPLATE.regions(text);
		assertThat(regions).noneMatch(span -> span.overlaps(new TextSpan(at, at + surface.length())));
	}

	@Test
	void bodyParagraphsOfTheSeedsAreKept() throws IOException {
		for (String article : List.of("000", "001", "002", "003", "004")) {
			String text = seed(article);
			List<TextSpan> regions = BOILERPLATE.regions(text);
			for (PageLine line : PageLine.split(text)) {
				if (line.size() >= 15) {
					assertThat(Boilerplate.covers(regions, line.start())).as("%s line %d", article, line.index() + 1)
						.isFalse();
				}
			}
		}
	}

	static String seed(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
				.findFirst()
				.orElseThrow();
			return Files.readString(file);
		}
	}

}
