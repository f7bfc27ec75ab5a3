package network.ddd.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;
import network.ddd.directory.importing.CsvReader;
import network.ddd.directory.importing.KsicMapping;

/**
 * The real KICOX Daegu register cut into the parts the scaled data set recombines. Every list holds one entry per
 * accepted row, so drawing uniformly from a list follows the register's real distribution: legal forms (with their
 * real spelling and position), name parts, KSIC sector → type and registered process, products by type,
 * districts, road addresses by district, workforce. Rows are read with the app's CSV reader and KSIC mapping; rows
 * of sectors the app skips are skipped here too.
 */
final class RealRegister {
    /** A legal form around a name as the register writes it: "(주)" before, " 주식회사" after, or none. */
    record LegalForm(String prefix, String suffix) {
    }

    /** The end of a name, with what joins it to the front: " 청포도", "섬유" … */
    record NameEnd(String joiner, String word) {
    }

    /** A row's type and the sector name it is registered for (the app's "process"). */
    record Sector(SupplierType type, String process) {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(\\(\\s*[주유합사]\\s*\\)|㈜|㈲|주식회사|유한회사|합자회사|합명회사|농업회사법인)\\s*");
    private static final Pattern SUFFIX = Pattern.compile(
            "\\s*(\\(\\s*[주유합사]\\s*\\)|㈜|㈲|주식회사|유한회사|합자회사|합명회사)\\s*$");
    /** Common trade endings of one-word firm names, longest first: 덕영섬유 = 덕영 + 섬유. */
    private static final List<String> ENDINGS = List.of("섬유공업", "인터내셔널", "인터내셔날", "인더스트리", "코퍼레이션",
            "텍스타일", "콜렉션", "컬렉션", "유니폼", "어패럴", "패브릭", "코리아", "컴퍼니", "글로벌", "섬유", "산업",
            "텍스", "무역", "양말", "직물", "염직", "염색", "화섬", "상사", "실업", "물산", "니트", "패션", "레이스",
            "타올", "공업", "기업", "테크", "디자인", "모방", "방직", "통상");
    private static final Pattern ROAD_NUMBER = Pattern.compile("([로길])(\\s?)(\\d+)(-\\d+)?(?![\\d길로번가])");

    final List<LegalForm> legalForms = new ArrayList<>();
    final List<String> nameStarts = new ArrayList<>();
    final List<NameEnd> nameEnds = new ArrayList<>();
    final List<Sector> sectors = new ArrayList<>();
    final Map<SupplierType, List<List<String>>> productsByType = new LinkedHashMap<>();
    final List<String> districts = new ArrayList<>();
    final Map<String, List<String>> addressesByDistrict = new HashMap<>();
    final List<Workforce> workforces = new ArrayList<>();
    int rowsRead;
    int rowsUsed;

    static RealRegister read(Path csv) throws IOException {
        RealRegister register = new RealRegister();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CsvReader reader = new CsvReader(in)) {
            List<String> header = reader.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> values;
            while ((values = reader.next()) != null) {
                register.rowsRead++;
                register.add(new Cells(columns, values));
            }
        }
        if (register.rowsUsed == 0) {
            throw new IllegalStateException(csv + " holds no textile/apparel rows the app would import");
        }
        return register;
    }

    private record Cells(Map<String, Integer> columns, List<String> values) {
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= values.size()) {
                return null;
            }
            String v = values.get(i).strip();
            return v.isEmpty() ? null : v;
        }
    }

    private void add(Cells row) {
        String name = row.get("name");
        String code = row.get("sector_code");
        if (name == null || code == null || !code.matches("\\d{5}")) {
            return;
        }
        Optional<SupplierType> type = KsicMapping.typeOf(code);
        if (type.isEmpty()) {
            return; // the app skips these sectors too
        }
        rowsUsed++;
        addName(name);
        String sector = row.get("sector");
        sectors.add(new Sector(type.get(), sector == null ? null : sector.replaceAll("\\s*외\\s*\\d+\\s*종\\s*$", "")));
        List<String> products = new ArrayList<>();
        if (row.get("product") != null) {
            for (String p : row.get("product").split(",")) {
                if (!p.isBlank()) {
                    products.add(p.strip().replaceAll("\\s+", " "));
                }
            }
        }
        productsByType.computeIfAbsent(type.get(), t -> new ArrayList<>()).add(List.copyOf(products));
        String address = row.get("address");
        String district = row.get("district");
        if (district == null && address != null) {
            String[] words = address.split("\\s+");
            district = words.length > 1 ? words[1] : null;
        }
        if (district != null) {
            districts.add(district);
            if (address != null) {
                addressesByDistrict.computeIfAbsent(district, d -> new ArrayList<>()).add(address);
            }
        }
        Integer workers = null;
        try {
            workers = row.get("workers") == null ? null : Integer.valueOf(row.get("workers"));
        } catch (NumberFormatException e) {
            // a messy cell: the band (if any) still counts
        }
        workforces.add(new Workforce(workers, row.get("workers_band")));
    }

    private void addName(String name) {
        String prefix = "";
        String suffix = "";
        String core = name;
        Matcher p = PREFIX.matcher(core);
        if (p.find()) {
            prefix = p.group().stripLeading();
            core = core.substring(p.end());
        }
        Matcher s = SUFFIX.matcher(core);
        if (s.find() && s.start() > 0) {
            suffix = s.group().stripTrailing();
            core = core.substring(0, s.start());
        }
        core = core.strip();
        legalForms.add(new LegalForm(prefix, suffix));
        if (core.isEmpty()) {
            return;
        }
        int space = core.lastIndexOf(' ');
        if (space > 0) {
            nameStarts.add(core.substring(0, space).strip());
            nameEnds.add(new NameEnd(" ", core.substring(space + 1)));
            return;
        }
        for (String ending : ENDINGS) {
            if (core.endsWith(ending) && core.length() > ending.length()) {
                nameStarts.add(core.substring(0, core.length() - ending.length()));
                nameEnds.add(new NameEnd("", ending));
                return;
            }
        }
        if (core.length() >= 4) { // Korean firm names mostly open with a two-syllable proper name
            nameStarts.add(core.substring(0, 2));
            nameEnds.add(new NameEnd("", core.substring(2)));
        } else {
            nameStarts.add(core);
            nameEnds.add(new NameEnd("", ""));
        }
    }

    /** A real road address of the district with another building number. */
    static String renumbered(String address, java.util.Random random) {
        Matcher m = ROAD_NUMBER.matcher(address);
        if (!m.find()) {
            return address;
        }
        String number = Integer.toString(1 + random.nextInt(400)) + (random.nextInt(4) == 0 ? "-" + (1 + random.nextInt(30)) : "");
        return address.substring(0, m.start()) + m.group(1) + m.group(2) + number + address.substring(m.end());
    }

    int distinctTypes() {
        return (int) sectors.stream().map(Sector::type).distinct().count();
    }
}
