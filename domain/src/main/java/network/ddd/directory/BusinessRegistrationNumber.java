package network.ddd.directory;

/**
 * 사업자등록번호: ten digits, the last a check digit over the first nine (weights 1,3,7,1,3,7,1,3,5; the ninth
 * digit also contributes the tens of its weighted value). Accepts "123-45-67890" or "1234567890".
 */
public record BusinessRegistrationNumber(String digits) {
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    public BusinessRegistrationNumber {
        if (digits == null || !digits.matches("\\d{10}")) {
            throw new InvalidSupplierException("brn", "error.brn.format");
        }
        if (!hasValidCheckDigit(digits)) {
            throw new InvalidSupplierException("brn", "error.brn.checkDigit");
        }
    }

    /** Parses the usual written forms (dashes, spaces); blank gives {@code null}: the number is optional. */
    public static BusinessRegistrationNumber parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip().replaceAll("[\\s\\-.]", "");
        return new BusinessRegistrationNumber(digits);
    }

    static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((digits.charAt(8) - '0') * 5) / 10;
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(9) - '0';
    }

    /** The usual display form, 123-45-67890. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
