package network.ddd.organisation;

import network.ddd.directory.Texts;

/** Why the operator refused something (a verification, a claim): required, shown to the firm, at most 1000 chars. */
public record DecisionReason(String text) {
    public static final int MAX = 1000;

    public DecisionReason {
        text = Texts.clean(text);
        if (text == null || text.isEmpty()) {
            throw new InvalidOrganisationException("reason", "error.decision.reasonRequired");
        }
        if (text.length() > MAX) {
            throw new InvalidOrganisationException("reason", "error.decision.reasonTooLong", MAX);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
