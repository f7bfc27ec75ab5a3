package network.ddd.search.elasticsearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Korean-aware text analysis for the index and for queries — the same analysis on both sides, done here because
 * the search server has no Korean analyser.
 *
 * <ul>
 *   <li>{@link #normalize}: Unicode NFC (Hangul typed on a Mac arrives decomposed), full-width Latin and
 *       digits to ASCII, ㈜ to (주), dotted initials joined (S.T. → ST).</li>
 *   <li>{@link #tokens}: Lucene Nori with compounds kept and split (염색공장 → 염색공장, 염색, 공장), particles and
 *       endings dropped, Latin lower-cased.</li>
 *   <li>{@link #withoutLegalForm}: (주), 주식회사, ㈜, (유), Co., Ltd., Inc. … removed for matching; the display
 *       name keeps them.</li>
 *   <li>{@link #compact}: a name without legal form, spaces and punctuation, lower-cased: "S.T. 봉제 Co., Ltd."
 *       and "ST봉제" both give "st봉제".</li>
 *   <li>{@link #initials}: the initial consonants of Hangul (염색 → ㅇㅅ) for the autocomplete box.</li>
 *   <li>{@link #expand}: adds the trade vocabulary's equivalents (염색 → dyeing, dye …).</li>
 * </ul>
 * Thread-safe; the Nori dictionary and the vocabulary load once.
 */
public final class KoreanText {
    private static final Map<String, List<String>> VOCABULARY = loadVocabulary("trade-vocabulary.txt");
    /** The trade's Korean words segment as words (한국천연염색 → 한국, 천연, 염색, not 천연염 + 색). */
    private static final Analyzer NORI = new KoreanAnalyzer(userDictionary(), KoreanTokenizer.DecompoundMode.MIXED,
            KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?<![\\p{L}\\p{N}])((?:\\p{L}\\.){1,5}\\p{L})\\.?(?![\\p{L}\\p{N}])");
    static final Pattern LEGAL_FORMS = Pattern.compile(
            "\\(\\s*(주|유|합|재|사|株)\\s*\\)|㈜|㈲|주식회사|유한회사|유한책임회사|합자회사|합명회사|사단법인|재단법인|농업회사법인|영농조합법인"
                    + "|(?i:\\b(co\\.?\\s*,?\\s*ltd|co\\.?|ltd|inc|corp|corporation|company|limited|llc|l\\.l\\.c|gmbh|s\\.a)\\b\\.?)");
    private static final WordCache WORDS = new WordCache(200_000);
    private static final char[] CHOSEONG = {'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ',
            'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'};

    private KoreanText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC, full-width to ASCII, ㈜ → (주), dotted initials joined. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfc = nfc(text);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        if (out.indexOf(".") < 0) { // most texts: no dotted initials to join, skip the regular expression
            return out.toString();
        }
        return DOTTED_INITIALS.matcher(out).replaceAll(m -> m.group(1).replace(".", ""));
    }

    /** The name without legal forms such as (주) or Co., Ltd.; blank names stay as they were. */
    public static String withoutLegalForm(String name) {
        if (name == null) {
            return null;
        }
        String normalized = normalize(name);
        String without = mayHoldLegalForm(normalized) ? LEGAL_FORMS.matcher(normalized).replaceAll(" ") : normalized;
        String stripped = collapseSeparators(without);
        return stripped.isEmpty() ? normalized.strip() : stripped;
    }

    /**
     * Whether the legal-form expression could match at all: every form has a bracket, ㈜/㈲, 회사/법인 or Latin
     * letters. Most Korean names have none of these, and the expression is the slowest step of indexing a name.
     */
    private static boolean mayHoldLegalForm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '㈜' || c == '㈲' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return text.contains("회사") || text.contains("법인");
    }

    /** Runs of spaces and commas become one space; no space at either end. */
    private static String collapseSeparators(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                pending = out.length() > 0;
            } else {
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Legal form, spaces and punctuation removed, lower-cased: the key that matches a name however typed. */
    public static String compact(String name) {
        if (name == null) {
            return "";
        }
        return compactStripped(withoutLegalForm(name));
    }

    /** {@link #compact} of a name whose legal form is already removed ({@link #withoutLegalForm}). */
    static String compactStripped(String stripped) {
        String lower = stripped.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(KoreanText::isLetterOrNumber).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** As the expression class [\p{L}\p{N}]: letters, and digits, letter numbers and other numbers. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Initial consonants of Hangul syllables (염색공장 → ㅇㅅㄱㅈ); other letters and digits kept, lower-cased. */
    public static String initials(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : nfc(text).toCharArray()) {
            if (c >= '\uAC00' && c <= '\uD7A3') {
                out.append(CHOSEONG[(c - '\uAC00') / 588]);
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static final char[] JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ".toCharArray();
    private static final char[] JONGSEONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ".toCharArray();

    /**
     * Hangul syllables spelled out in jamo (염색 → ㅇㅕㅁㅅㅐㄱ), other letters and digits lower-cased. A typo in
     * Korean usually changes one jamo, not a whole syllable, so typo tolerance compares these spellings.
     */
    public static String jamo(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : nfc(text).toCharArray()) {
            if (c >= '\uAC00' && c <= '\uD7A3') {
                int index = c - '\uAC00';
                out.append(CHOSEONG[index / 588]).append(JUNGSEONG[(index % 588) / 28]);
                if (index % 28 != 0) {
                    out.append(JONGSEONG[index % 28]);
                }
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** True when the text is made only of Hangul initial consonants (ㅇㅅ), as typed for an initials search. */
    public static boolean isInitialsOnly(String text) {
        String stripped = text == null ? "" : text.replaceAll("\\s", "");
        return !stripped.isEmpty() && stripped.chars().allMatch(c -> c >= 'ㄱ' && c <= 'ㅎ');
    }

    /**
     * Distinct analysed tokens of the text, in order of first appearance. Nori never joins words across a space, so
     * the text is analysed word by word and each word's tokens are remembered: a register repeats its words
     * (대구광역시, 섬유, 주식회사 …) so much that a rebuild of the index mostly looks them up instead of analysing.
     */
    public static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        String normalized = normalize(text);
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean space = i == normalized.length() || Character.isWhitespace(normalized.charAt(i))
                    || Character.isSpaceChar(normalized.charAt(i));
            if (space && start >= 0) {
                tokens.addAll(WORDS.tokensOf(normalized.substring(start, i)));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    /** Nori's tokens of one word (no spaces in it). */
    static List<String> analyse(String word) {
        List<String> tokens = new ArrayList<>(4);
        try (TokenStream stream = NORI.tokenStream("text", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tokens);
    }

    /**
     * The analysed words seen lately, shared by all threads. Bounded: when full it starts again empty, which costs
     * one re-analysis per word and never a stale answer (the analysis of a word never changes while running).
     */
    static final class WordCache {
        private final int capacity;
        private final java.util.concurrent.ConcurrentHashMap<String, List<String>> words;

        WordCache(int capacity) {
            this.capacity = capacity;
            this.words = new java.util.concurrent.ConcurrentHashMap<>(capacity / 4);
        }

        List<String> tokensOf(String word) {
            List<String> tokens = words.get(word);
            if (tokens == null) {
                tokens = analyse(word);
                if (words.size() >= capacity) {
                    words.clear();
                }
                words.put(word, tokens);
            }
            return tokens;
        }
    }

    /** The tokens plus their trade-vocabulary equivalents. */
    public static Set<String> expand(Set<String> tokens) {
        Set<String> expanded = new LinkedHashSet<>(tokens);
        for (String token : tokens) {
            expanded.addAll(VOCABULARY.getOrDefault(token, List.of()));
        }
        return expanded;
    }

    /** Tokens of several texts joined by spaces, ready for a whitespace-analysed field. */
    public static String tokenField(Iterable<String> texts, boolean withVocabulary) {
        Set<String> all = new LinkedHashSet<>();
        for (String text : texts) {
            all.addAll(tokens(text));
        }
        return String.join(" ", withVocabulary ? expand(all) : all);
    }

    private static UserDictionary userDictionary() {
        StringBuilder words = new StringBuilder();
        for (String word : new java.util.TreeSet<>(VOCABULARY.keySet())) {
            if (word.chars().allMatch(c -> c >= '\uAC00' && c <= '\uD7A3') && word.length() >= 2) {
                words.append(word).append('\n');
            }
        }
        try {
            return UserDictionary.open(new java.io.StringReader(words.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<String>> loadVocabulary(String resource) {
        Map<String, List<String>> groups = new HashMap<>();
        try (InputStream in = KoreanText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (String word : line.split(",")) {
                    String w = nfc(word.strip()).toLowerCase(Locale.ROOT);
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
                for (String word : words) {
                    groups.computeIfAbsent(word, k -> new ArrayList<>()).addAll(words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        groups.replaceAll((k, v) -> List.copyOf(new LinkedHashSet<>(v)));
        return Map.copyOf(groups);
    }
}
