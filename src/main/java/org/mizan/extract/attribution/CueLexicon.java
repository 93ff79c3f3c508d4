package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mizan.extract.Hedge;
import org.mizan.extract.SourceType;
import org.mizan.text.ArabicMorphology;
import org.mizan.text.Lexicons;

/**
 * The attribution lexicon ({@code config/lexicon/attribution.yml}), folded once for
 * matching.
 */
final class CueLexicon {

	/**
	 * A hedge cue: the words in order (a few words may stand between them) and whether it
	 * governs its sentence.
	 */
	record HedgeCue(Hedge hedge, boolean sentence, String[] words) {
	}

	final Set<String> verbs;

	final Phrases notCues;

	final Set<String> relayVerbs;

	final Set<String> notSources;

	final List<String[]> frames;

	/**
	 * Per frame ending in ل: the frame without it (the ل may be glued to the source's
	 * first word); else null.
	 */
	final List<String[]> frameHeads;

	final FirstWordIndex frameIndex;

	final Phrases postQuoteJoiners;

	final Set<String> contentNouns;

	final Phrases contentLinks;

	final Phrases adverbs;

	final Set<String> boundaries;

	/**
	 * The complementizers (أن, بأن): they end a source phrase and open the statement
	 * after a verb.
	 */
	final Set<String> complementizers;

	final Set<String> backBoundaries;

	final Set<String> statementNouns;

	final Set<String> denialEnds;

	final Set<String> questionWords;

	final Phrases contrasts;

	final Set<String> selfWords;

	final Set<String> topicWords;

	/** The definite article, as folded. */
	final String article;

	/** The article's first letter, which a glued ل drops («للموقع» is ل + الموقع). */
	final String articleAlef;

	/** The one-letter conjunctions (و, ف), as folded. */
	final String conjunctions;

	/** The preposition ل, alone or glued, and glued to the article (لل), as folded. */
	final String lam;

	final String lamArticle;

	/** One-letter prepositions a type's head noun may carry. */
	final String headPrefixes;

	final Set<String> oneOf;

	final Set<String> nisbaEndings;

	/** Endings of an accusative adverb, as written (tanween kept). */
	final List<String> adverbEndings;

	final Set<String> appositionPronouns;

	final String relayFrom;

	final String relayAdverb;

	/** Words before أن that make it open a time clause: read without a conjunction. */
	final Set<String> timeClauseHeads;

	/** The same, only as written. */
	final Set<String> timeClauseHeadsAsWritten;

	final Set<String> complementizersWithPronoun;

	final Set<String> statementJoiners;

	/** Prefixes taken off a statement word for its key, in the order they are tried. */
	final List<String> statementPrefixes;

	/** Punctuation marks, as written: commas, clause marks, apposition ends. */
	final String commas;

	final String clauseMarks;

	final String appositionEnds;

	final Set<String> relativePronouns;

	final Set<String> verbParticles;

	final List<String> pronounSuffixes;

	final Map<SourceType, List<String[]>> types = new LinkedHashMap<>();

	final List<String[]> anonymousCues;

	final Set<String> keyDrop;

	final Set<String> genericHeads;

	final List<HedgeCue> hedges = new ArrayList<>();

	final FirstWordIndex hedgeIndex;

	/** Each hedge cue's words joined by a space. */
	final Set<String> hedgePhrases;

	final Set<String> relayLines;

	final Set<String> stopwords;

	@SuppressWarnings("unchecked")
	CueLexicon(Map<String, Object> yml, ArabicMorphology morphology) {
		this.verbs = words(yml.get("verbs"));
		this.notCues = new Phrases(phrases(yml.get("not_cues")));
		this.relayVerbs = words(yml.get("relay_verbs"));
		this.notSources = words(yml.get("not_sources"));
		String glued = Norm.plain(morphology.lam);
		this.lam = glued;
		this.lamArticle = Norm.plain(morphology.lamArticle);
		this.frames = phrases(yml.get("frames"));
		this.frameHeads = frames.stream()
			.map(f -> f[f.length - 1].equals(glued) ? Arrays.copyOf(f, f.length - 1) : null)
			.toList();
		this.frameIndex = new FirstWordIndex(frames, f -> f.length == 1 && f[0].equals(glued));
		this.postQuoteJoiners = new Phrases(phrases(yml.get("post_quote_joiners")));
		this.contentNouns = words(yml.get("content_nouns"));
		this.contentLinks = new Phrases(phrases(yml.get("content_links")));
		this.adverbs = new Phrases(phrases(yml.get("adverbs")));
		this.complementizers = words(yml.get("complementizers"));
		Set<String> ends = words(yml.get("boundaries"));
		ends.addAll(complementizers);
		this.boundaries = ends;
		this.backBoundaries = words(yml.get("back_boundaries"));
		this.statementNouns = words(yml.get("statement_nouns"));
		this.denialEnds = words(yml.get("denial_ends"));
		this.questionWords = words(yml.get("question_words"));
		this.contrasts = new Phrases(phrases(yml.get("contrasts")));
		this.selfWords = words(yml.get("self_words"));
		this.topicWords = words(yml.get("topic_words"));
		this.article = Norm.plain(morphology.article);
		this.articleAlef = article.substring(0, 1);
		this.conjunctions = letters("conjunctions", words(morphology.conjunctions));
		this.headPrefixes = letters("prepositions", words(morphology.prepositions));
		this.oneOf = words(yml.get("one_of"));
		// a nisba in the singular («المصرية», «السوري»): the morphology's endings but its
		// plurals
		Set<String> singularNisba = words(morphology.nisbaEndings);
		singularNisba.removeAll(words(morphology.nisbaPlurals));
		this.nisbaEndings = Set.copyOf(singularNisba);
		this.adverbEndings = morphology.adverbEndings;
		this.appositionPronouns = words(yml.get("apposition_pronouns"));
		this.relayFrom = Norm.plain(String.valueOf(yml.get("relay_from")));
		this.relayAdverb = Norm.plain(String.valueOf(yml.get("relay_adverb")));
		this.timeClauseHeads = words(yml.get("time_clause_heads"));
		this.timeClauseHeadsAsWritten = words(yml.get("time_clause_heads_as_written"));
		this.complementizersWithPronoun = words(yml.get("complementizers_with_pronoun"));
		this.statementJoiners = words(yml.get("statement_joiners"));
		this.statementPrefixes = morphology.statementPrefixes.stream().map(Norm::plain).toList();
		this.commas = marks("commas", yml.get("commas"));
		this.clauseMarks = marks("clause_marks", yml.get("clause_marks"));
		this.appositionEnds = marks("apposition_ends", yml.get("apposition_ends"));
		this.relativePronouns = words(yml.get("relative_pronouns"));
		this.verbParticles = words(yml.get("verb_particles"));
		this.pronounSuffixes = List.copyOf(words(morphology.pronounSuffixes));
		Map<String, Object> typeMap = (Map<String, Object>) yml.get("types");
		typeMap.forEach((type, heads) -> this.types.put(SourceType.valueOf(type.toUpperCase()), phrases(heads)));
		this.anonymousCues = phrases(yml.get("anonymous_cues"));
		this.keyDrop = words(yml.get("key_drop"));
		this.genericHeads = words(yml.get("generic_heads"));
		Map<String, Object> hedgeMap = (Map<String, Object>) yml.get("hedges");
		hedgeMap.forEach((hedge, scopes) -> ((Map<String, Object>) scopes)
			.forEach((scope, cues) -> phrases(cues).forEach(p -> this.hedges
				.add(new HedgeCue(Hedge.valueOf(hedge.toUpperCase()), "sentence".equals(scope), p)))));
		this.hedgeIndex = new FirstWordIndex(hedges.stream().map(HedgeCue::words).toList());
		this.hedgePhrases = hedges.stream().map(h -> String.join(" ", h.words())).collect(Collectors.toSet());
		this.relayLines = words(yml.get("relay_lines"));
		this.stopwords = words(yml.get("stopwords"));
	}

	static CueLexicon load() {
		return new CueLexicon(Lexicons.load("attribution"), ArabicMorphology.get());
	}

	/** Whether t is a conjunction standing alone. */
	boolean conjunction(Token t) {
		return t.norm().length() == 1 && conjunctions.indexOf(t.norm().charAt(0)) >= 0;
	}

	/**
	 * A folded word with a glued lam, without it: «للادعاءات» is «الادعاءات», «لخبير» is
	 * «خبير».
	 */
	String unglue(String folded) {
		String rest = folded.substring(lam.length());
		return folded.startsWith(lamArticle) ? articleAlef + rest : rest;
	}

	/** One-letter entries joined into one string. */
	private static String letters(String key, Set<String> entries) {
		StringBuilder out = new StringBuilder();
		for (String e : entries) {
			if (e.length() != 1) {
				throw new IllegalStateException("morphology.yml: " + key + " must hold single letters");
			}
			out.append(e);
		}
		return out.toString();
	}

	/** Punctuation marks, one character each, as written. */
	private static String marks(String key, Object list) {
		StringBuilder out = new StringBuilder();
		for (Object o : (Collection<?>) list) {
			String mark = String.valueOf(o);
			if (mark.length() != 1) {
				throw new IllegalStateException("attribution.yml: " + key + " must hold single marks");
			}
			out.append(mark);
		}
		return out.toString();
	}

	private static Set<String> words(Object list) {
		Set<String> out = new HashSet<>();
		for (Object o : (Collection<?>) list) {
			out.add(String.join(" ", Norm.plain(String.valueOf(o)).split(" ")));
		}
		return out;
	}

	private static List<String[]> phrases(Object list) {
		List<String[]> out = new ArrayList<>();
		for (Object o : (Collection<?>) list) {
			String p = Norm.plain(String.valueOf(o));
			if (!p.isEmpty()) {
				out.add(p.split(" "));
			}
		}
		out.sort((a, b) -> b.length - a.length);
		return out;
	}

	/**
	 * The end (exclusive) of phrase p matching at token i, or -1; the first word may
	 * carry و/ف.
	 */
	static int match(List<Token> tokens, int i, String[] p) {
		int j = i;
		for (int k = 0; k < p.length; k++, j++) {
			if (j >= tokens.size()) {
				return -1;
			}
			Token t = tokens.get(j);
			if (!(t.is(p[k]) || (k == 0 && t.bare().equals(p[k])))) {
				return -1;
			}
		}
		return j;
	}

}
