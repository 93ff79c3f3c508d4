package org.mizan.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.extract.MentionRecognizer;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTests {

	private final StringWriter output = new StringWriter();

	private int run(String stdin, String... args) {
		ExtractCommand command = new ExtractCommand(new MentionRecognizer());
		command.out = new PrintWriter(this.output);
		command.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
		return new CommandLine(command).execute(args);
	}

	@Test
	void oneLinePerDocumentInOrderAndBadLinesDoNotStopTheRun() {
		int exit = run("{\"id\": 7, \"text\": \"نحو 5 آلاف\"}\nnot json\n{\"id\": \"b\", \"text\": \"الثلاثاء\"}\n",
				"--jsonl");
		String[] lines = this.output.toString().split("\n");
		assertThat(exit).isZero();
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("{\"id\":7,\"mentions\":[{\"text\":\"نحو 5 آلاف\",\"start\":0,\"end\":10,"
				+ "\"kind\":\"number\",\"value\":5000,\"low\":null,\"high\":null,\"approx\":\"about\"");
		assertThat(lines[1]).startsWith("{\"id\":null,\"error\":\"not valid JSON");
		assertThat(lines[2]).isEqualTo("{\"id\":\"b\",\"mentions\":[]}");
	}

	@Test
	void plainTextIsOneDocumentWithNullId() {
		assertThat(run("بين 800 و1500 دولار")).isZero();
		assertThat(this.output.toString()).startsWith("{\"id\":null,\"mentions\":[{\"text\":\"بين 800 و1500 دولار\"")
			.contains("\"kind\":\"money\"", "\"low\":800", "\"high\":1500", "\"unit\":\"USD\"");
	}

	@Test
	void aMentionThatIsAFactCarriesWhatTheWorkbookShowsAfterTheSpecsFields() throws Exception {
		assertThat(run("أرسلت أنقرة إلى طرابلس نحو 3 آلاف مقاتل سوري، بحسب صحيفة لوموند. وقتل 39 شخصا.")).isZero();
		var mentions = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(this.output.toString())
			.get("mentions");
		var fighters = mentions.get(0);
		assertThat(fighters.get("unit").asString()).isEqualTo("fighter");
		assertThat(fighters.get("counted").asString()).isEqualTo("مقاتل سوري");
		assertThat(fighters.get("event").asString()).isEqualTo("أرسلت");
		assertThat(fighters.get("source").asString()).contains("لوموند");
		assertThat(fighters.get("source_type").asString()).isEqualTo("outlet");
		assertThat(fighters.has("hedge")).isTrue();
		assertThat(mentions.get(1).get("unit").isNull()).as("39 شخصا counts people").isFalse();
		// the spec's fields first, in its order, then the workbook's
		List<String> names = new java.util.ArrayList<>(fighters.propertyNames());
		assertThat(names).containsExactly("text", "start", "end", "kind", "value", "low", "high", "approx", "unit",
				"date", "counted", "event", "source", "source_type", "hedge", "measure", "of_what", "part", "when",
				"figure_kind", "time");
	}

	@Test
	void aTimeOfDayIsWrittenOnTheClockInItsOwnField() throws Exception {
		assertThat(run("وصلت الشحنة الساعة الحادية عشرة ليلاً إلى المطار.")).isZero();
		var time = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(this.output.toString())
			.get("mentions")
			.get(0);
		assertThat(time.get("kind").asString()).isEqualTo("time");
		assertThat(time.get("time").asString()).isEqualTo("23:00");
		assertThat(time.get("date").isNull()).as("the spec's date is for dates").isTrue();
		assertThat(time.get("measure").asString()).isEqualTo("الوقت");
	}

	@Test
	void aFactCarriesItsFrame() throws Exception {
		assertThat(run("قتل 30 شخصا بينهم 8 أطفال. ويتوقع البنك أن يبلغ النمو 3 بالمئة.")).isZero();
		var mentions = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(this.output.toString())
			.get("mentions");
		assertThat(mentions.get(0).get("measure").asString()).isEqualTo("عدد القتلى");
		assertThat(mentions.get(0).get("figure_kind").asString()).isEqualTo("count");
		assertThat(mentions.get(1).get("part").asString()).isEqualTo("child");
		assertThat(mentions.get(2).get("measure").asString()).isEqualTo("معدل النمو");
		assertThat(mentions.get(2).get("figure_kind").asString()).isEqualTo("projection");
	}

	@Test
	void aNumberThatIsNoFactHasNullWorkbookFields() {
		assertThat(run("ثلاثمائة")).isZero();
		assertThat(this.output.toString()).contains("\"value\":300")
			.contains("\"counted\":null")
			.contains("\"source\":null");
	}

	@Test
	void unreadableFileExitsWithTwo() {
		assertThat(run("", "--jsonl", "/no/such/file.jsonl")).isEqualTo(2);
	}

}
