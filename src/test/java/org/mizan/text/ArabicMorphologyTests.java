package org.mizan.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mizan.extract.number.Grammar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clitics, the article and the affixes are read from morphology.yml and from nowhere
 * else: no other lexicon declares them again (the number and frame grammars and the
 * attribution's nisba endings once did), and the number grammar's words are the
 * morphology's.
 */
class ArabicMorphologyTests {

	/**
	 * The morphology's entries that are affixes or clitics, and the names the number
	 * grammar gave them; {@code of}, {@code in} and {@code prepositions} are left out:
	 * other lexicons use those names for whole words.
	 */
	private static final Set<String> AFFIX_KEYS = Set.of("conjunctions", "conjunction", "and", "proclitics", "prefixes",
			"cue_prefixes", "number_prefixes", "digit_prefixes", "lam", "lam_article", "article", "stem_min",
			"feminine", "tanween_alif", "feminine_dual", "dual_endings", "dual_construct_feminine", "stem_suffixes",
			"nisba_endings", "nisba_plurals", "country_ending", "name_key_endings", "pronoun_suffixes", "per-prefix",
			"from", "definite_prefixes", "statement_prefixes", "adverb_endings", "suffixes", "endings", "possessives",
			"possessive_suffixes", "feminine_joined", "letter_fold", "digit_zeros", "dropped_marks", "number_marks");

	@Test
	void noOtherLexiconDeclaresAnAffixOrAClitic() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("config/lexicon"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".yml", "");
				if (!name.equals("morphology")) {
					keysIn(name, Lexicons.load(name), found);
				}
			}
		}
		assertThat(found).isEmpty();
		assertThat(Lexicons.load("morphology").keySet()).contains("article", "proclitics", "number_prefixes",
				"digit_prefixes", "dual_endings", "nisba_endings", "definite_prefixes", "statement_prefixes",
				"adverb_endings");
	}

	/**
	 * Whatever its key is called: a list of two or more entries that are all the
	 * morphology's affixes or clitics (its prefixes, endings and suffixes) is morphology
	 * declared again.
	 */
	@Test
	void noOtherLexiconListsTheMorphologysAffixesUnderAnotherName() throws IOException {
		Set<String> affixes = new HashSet<>();
		Lexicons.load("morphology").forEach((key, value) -> {
			if (value instanceof List<?> list
					&& key.matches(".*(prefixes|endings|suffixes|proclitics|conjunctions|dual)")) {
				list.forEach(e -> affixes.add(String.valueOf(e)));
			}
		});
		assertThat(affixes).contains("وال", "يين", "ها");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("config/lexicon"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".yml", "");
				if (!name.equals("morphology")) {
					affixListsIn(name, Lexicons.load(name), affixes, found);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static void affixListsIn(String where, Object yml, Set<String> affixes, List<String> found) {
		if (yml instanceof Map<?, ?> map) {
			map.forEach((k, v) -> affixListsIn(where + "/" + k, v, affixes, found));
		}
		else if (yml instanceof List<?> list) {
			if (list.size() >= 2 && list.stream().allMatch(e -> affixes.contains(String.valueOf(e)))) {
				found.add(where + ": " + list);
			}
			list.forEach(e -> affixListsIn(where, e, affixes, found));
		}
	}

	@Test
	void theNumberGrammarTakesItsWordsFromTheMorphology() {
		ArabicMorphology m = ArabicMorphology.get();
		List<String> oneLetter = new ArrayList<>(m.conjunctions);
		oneLetter.addAll(m.prepositions);
		assertThat(Grammar.shared().article()).isEqualTo(ArabicNormalizer.fold(m.article));
		assertThat(Grammar.shared().cuePrefixes()).isEqualTo(oneLetter.stream().map(ArabicNormalizer::fold).toList());
		assertThat(Grammar.shared().isConjunction(ArabicNormalizer.fold(m.and))).isTrue();
	}

	private static void keysIn(String where, Object yml, List<String> found) {
		if (yml instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				if (AFFIX_KEYS.contains(String.valueOf(k))) {
					found.add(where + ": " + k);
				}
				keysIn(where + "/" + k, v, found);
			});
		}
		else if (yml instanceof List<?> list) {
			list.forEach(e -> keysIn(where, e, found));
		}
	}

}
