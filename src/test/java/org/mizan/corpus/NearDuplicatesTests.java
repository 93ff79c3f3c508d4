package org.mizan.corpus;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.text.ArticleTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NearDuplicatesTests {

	private static final Boilerplate BOILERPLATE = new Boilerplate();

	private final NearDuplicates nearDuplicates = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD, BOILERPLATE);

	@Test
	void theFiveSeedArticlesAreNotCopiesOfEachOther() throws IOException {
		Map<String, String> seeds = seeds();
		assertThat(nearDuplicates.copies(seeds)).isEmpty();
		List<String> names = List.copyOf(seeds.keySet());
		for (int i = 0; i < names.size(); i++) {
			for (int j = i + 1; j < names.size(); j++) {
				assertThat(exactJaccard(seeds.get(names.get(i)), seeds.get(names.get(j))))
					.as("%s ~ %s", names.get(i), names.get(j))
					.isLessThan(0.3);
			}
		}
	}

	@Test
	void anExactCopyUnderAnotherMastheadIsACopy() throws IOException {
		Map<String, String> corpus = seeds();
		String original = corpus.get("000");
		String body = original.substring(0, original.indexOf("السابق"));
		corpus.put("900", "الجمعة 3 مايو 2024 الموافق 24 شوال 1445\nرئيس التحرير\nفلان الفلاني\nعاجل\nأخبار\n\n" + body
				+ "\nاترك رد\nلن يتم نشر عنوان بريدك الإلكتروني.\n");
		assertThat(nearDuplicates.copies(corpus)).containsExactly(Map.entry("900", "000"));
	}

	@Test
	void aCopyWithAFewWordsChangedIsACopy() throws IOException {
		Map<String, String> corpus = seeds();
		String edited = corpus.get("004")
			.replace("الفرنسية", "الباريسية")
			.replace("مؤشر على", "دليل على")
			.replace("غير المعترف بها", "غير المعترف فيها")
			.replace("في البداية،", "في المرحلة الأولى،");
		assertThat(edited).isNotEqualTo(corpus.get("004"));
		corpus.put("004b", edited);
		assertThat(exactJaccard(edited, corpus.get("004"))).isBetween(0.8, 0.99);
		assertThat(nearDuplicates.copies(corpus)).containsExactly(Map.entry("004b", "004"));
	}

	@Test
	void aCopyOfACopyPointsToTheFirstOriginalAndTheEarlierNameIsTheOriginal() throws IOException {
		String text = seeds().get("004");
		Map<String, String> corpus = new LinkedHashMap<>();
		corpus.put("c", text);
		corpus.put("a", text);
		corpus.put("b", text + "\nسطر إضافي");
		assertThat(nearDuplicates.copies(corpus)).containsExactly(Map.entry("b", "a"), Map.entry("c", "a"));
	}

	@Test
	void emptyAndTinyTextsAreNeverCopiesOfLongOnes() throws IOException {
		Map<String, String> corpus = seeds();
		corpus.put("empty", "");
		corpus.put("tiny", "خبر قصير");
		corpus.put("tiny2", "خبر قصير");
		assertThat(nearDuplicates.copies(corpus)).containsExactly(Map.entry("tiny2", "tiny"));
	}

	@Test
	void theIndexWantsNamesInOrder() {
		NearDuplicates.Index index = nearDuplicates.newIndex();
		index.add("b", "نص");
		assertThatIllegalStateException().isThrownBy(() -> index.add("a", "نص"));
	}

	private static Map<String, String> seeds() throws IOException {
		Map<String, String> seeds = new LinkedHashMap<>();
		for (String prefix : List.of("000", "001", "002", "003", "004")) {
			seeds.put(prefix, BoilerplateSeedsTests.seed(prefix));
		}
		return seeds;
	}

	private static double exactJaccard(String a, String b) {
		Set<Long> left = set(shingles(a));
		Set<Long> right = set(shingles(b));
		Set<Long> union = new HashSet<>(left);
		union.addAll(right);
		left.retainAll(right);
		return left.size() / (double) union.size();
	}

	private static long[] shingles(String text) {
		ArticleTokens tokens = ArticleTokens.read(text);
		return Shingles.of(tokens, BOILERPLATE.regions(tokens));
	}

	private static Set<Long> set(long[] shingles) {
		Set<Long> set = new HashSet<>();
		for (long shingle : shingles) {
			set.add(shingle);
		}
		return set;
	}

}
