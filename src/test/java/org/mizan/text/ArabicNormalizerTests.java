package org.mizan.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicNormalizerTests {

	@Test
	void foldsDigitsSeparatorsLettersAndQuotes() {
		assertThat(ArabicNormalizer.normalize("١٬٥٠٠ و٢٫٥ ۳").text()).isEqualTo("1,500 و2.5 3");
		assertThat(ArabicNormalizer.normalize("أإآٱ ى ة").text()).isEqualTo("اااا ي ه");
		assertThat(ArabicNormalizer.normalize("«حوالي» “ثلاثمائة”").text()).isEqualTo("\"حوالي\" \"ثلاثمائه\"");
		assertThat(ArabicNormalizer.normalize("a\u00A0b\r\n").text()).isEqualTo("a b \n");
	}

	@Test
	void dropsDiacriticsTatweelAndBidiMarksAndMapsOffsetsBack() {
		String original = "\u200Fسُوّيداء ثلاثةً ـمـ";
		NormalizedText n = ArabicNormalizer.normalize(original);
		assertThat(n.text()).isEqualTo("سويداء ثلاثه م");
		int word = n.text().indexOf("ثلاثه");
		int start = n.originalOffset(word);
		int end = n.originalEnd(word + "ثلاثه".length());
		assertThat(original.substring(start, end)).isEqualTo("ثلاثةً");
		assertThat(n.originalOffset(0)).isEqualTo(1);
		assertThat(n.originalOffset(n.length())).isEqualTo(original.length());
	}

}
