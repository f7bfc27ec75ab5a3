package network.ddd.directory.importing;

import java.util.Locale;
import java.util.Map;
import network.ddd.platform.DomainException;

/** The list formats the import understands; {@link #detect} recognises each by its header. */
public enum ImportFormat {
    KICOX, OSH, OSH_LIST, DDD;

    /** Parses the CLI/API name: kicox, osh (facilities or contributor list, by header), ddd, auto (null). */
    public static ImportFormat ofName(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UnknownFormatException(name);
        }
    }

    /** The format a header names, given the format asked for (null = any). */
    static ImportFormat detect(Map<String, Integer> header, ImportFormat asked) {
        boolean kicox = header.containsKey("sector_code") && header.containsKey("name");
        boolean osh = header.containsKey("os_id");
        boolean oshList = header.containsKey("country") && header.containsKey("name")
                && header.containsKey("sector") && !osh;
        boolean ddd = header.containsKey("type") && (header.containsKey("name_ko") || header.containsKey("name_en"));
        ImportFormat found = kicox ? KICOX : osh ? OSH : ddd ? DDD : oshList ? OSH_LIST : null;
        if (asked == OSH && found == OSH_LIST) {
            return OSH_LIST;
        }
        if (found == null || asked != null && asked != found) {
            throw new UnknownFormatException(asked == null ? "auto" : asked.name().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    RowMapper mapper(String fileName) {
        return switch (this) {
            case KICOX -> new KicoxRowMapper();
            case OSH -> new OshFacilityRowMapper();
            case OSH_LIST -> new OshListRowMapper(fileName);
            case DDD -> new DddRowMapper();
        };
    }

    /** The header matches no known format (or not the one asked for). */
    public static class UnknownFormatException extends DomainException {
        public UnknownFormatException(String asked) {
            super("error.import.format", asked);
        }
    }
}
