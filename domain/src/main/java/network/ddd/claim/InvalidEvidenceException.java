package network.ddd.claim;

import network.ddd.platform.InvalidInputException;

/** The uploaded evidence is refused: empty, too large, or not a PDF, JPEG or PNG. Field: {@code evidence}. */
public class InvalidEvidenceException extends InvalidInputException {
    public static final String EMPTY = "error.evidence.empty";
    /** Args: the limit in MB. */
    public static final String TOO_LARGE = "error.evidence.tooLarge";
    public static final String TYPE = "error.evidence.type";

    public InvalidEvidenceException(String messageKey, Object... args) {
        super("evidence", messageKey, args);
    }
}
