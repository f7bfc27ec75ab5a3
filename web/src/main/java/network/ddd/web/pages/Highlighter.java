package network.ddd.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Marks the query's words in a text for display: HTML-escapes everything, wraps matches in {@code <mark>}. Matching
 * ignores case; single-letter words are not marked (they would light up everything).
 */
public final class Highlighter {
    private Highlighter() {
    }

    public static String highlight(String text, List<String> terms) {
        if (text == null) {
            return "";
        }
        List<String> words = new ArrayList<>(terms == null ? List.of() : terms);
        words.removeIf(w -> w == null || w.codePointCount(0, w.length()) < 2);
        words.sort(Comparator.comparingInt(String::length).reversed());
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length())) {
                for (int i = at; i < at + w.length() && i < marked.length; i++) {
                    marked[i] = true;
                }
            }
        }
        StringBuilder html = new StringBuilder(text.length() + 16);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && !open) {
                html.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                html.append("</mark>");
                open = false;
            }
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
