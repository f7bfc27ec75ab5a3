package network.ddd.search;

import java.util.List;

/** Port: the search index's read side. */
public interface SupplierSearch {
    /** @throws SearchUnavailableException when the search server is down */
    SearchPage search(SupplierQuery query);

    /**
     * Names that start with what was typed so far — also by Hangul initial consonants (ㅇㅅ → 염색…).
     *
     * @throws SearchUnavailableException when the search server is down
     */
    List<Suggestion> suggest(String typed, int max);
}
