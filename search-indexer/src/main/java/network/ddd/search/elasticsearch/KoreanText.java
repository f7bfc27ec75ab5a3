package network.ddd.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Korean-aware tokens for the index and for queries, the same analysis on both sides: Unicode NFC first (Hangul
 * typed on a Mac arrives decomposed), then Nori with compounds kept and split (염색공장 → 염색공장, 염색, 공장),
 * particles and endings dropped, Latin lower-cased. Thread-safe; the dictionary loads once.
 */
public final class KoreanText {
    private static final Analyzer NORI = new KoreanAnalyzer(null, KoreanTokenizer.DecompoundMode.MIXED,
            KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);

    private KoreanText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Distinct tokens of the text in order of first appearance. */
    public static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = NORI.tokenStream("text", nfc(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Tokens of several texts joined by spaces, ready for a whitespace-analysed field. */
    public static String tokenField(Iterable<String> texts) {
        Set<String> all = new LinkedHashSet<>();
        for (String text : texts) {
            all.addAll(tokens(text));
        }
        return String.join(" ", all);
    }
}
