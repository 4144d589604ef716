// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

import be.slimcat.quality.QualityTableException;

/**
 * The file types SlimCat knows ({@code facts/file-types.tsv}) and the media types that name them
 * ({@code facts/media-types.tsv}). Reads dct:format values (EU file-type IRIs, or literal codes and
 * media types) and dcat:mediaType values (IANA media-type IRIs or literal media types).
 */
public final class FileTypes {
    /** The namespace of the EU file-type table. */
    public static final String FILE_TYPE_NS = "http://publications.europa.eu/resource/authority/file-type/";

    private static final Pattern FILE_TYPE_IRI =
            Pattern.compile("^https?://publications\\.europa\\.eu/resource/authority/file-type/([A-Za-z0-9_]+)/?$");
    private static final Pattern IANA_IRI =
            Pattern.compile("^(?i)https?://www\\.iana\\.org/assignments/media-types/([^/\\s]+/[^/\\s]+)$");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "^(application|audio|font|image|message|model|multipart|text|video)/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$");

    private final Map<String, FileType> byCode;
    private final Map<String, String> codeOfMediaType;

    private FileTypes(Map<String, FileType> byCode, Map<String, String> codeOfMediaType) {
        this.byCode = byCode;
        this.codeOfMediaType = codeOfMediaType;
    }

    /** The bundled tables. */
    public static FileTypes bundled() {
        FactsTable types = FactsTable.read("file-types.tsv", 6);
        Map<String, FileType> byCode = new HashMap<>();
        for (String code : types.codes()) {
            byCode.put(code, FileType.plain(code));
        }
        for (FactsTable.Row row : types.rows()) {
            String code = row.cell(0);
            if (!types.codes().contains(code)) {
                throw new QualityTableException(types.name() + ":" + row.line() + ": " + code
                        + " is not a code of the EU file-type table (add it to the @code line if the table has it)");
            }
            byCode.put(code, new FileType(code, row.flag(types.name(), 1), row.flag(types.name(), 2),
                    row.flag(types.name(), 3), row.flag(types.name(), 4), row.flag(types.name(), 5)));
        }
        FactsTable media = FactsTable.read("media-types.tsv", 2);
        Map<String, String> codeOfMediaType = new HashMap<>();
        for (FactsTable.Row row : media.rows()) {
            if (!byCode.containsKey(row.cell(1))) {
                throw new QualityTableException(media.name() + ":" + row.line() + ": " + row.cell(1)
                        + " is not a code of the EU file-type table");
            }
            if (codeOfMediaType.put(row.cell(0).toLowerCase(Locale.ROOT), row.cell(1)) != null) {
                throw new QualityTableException(media.name() + ":" + row.line() + ": " + row.cell(0) + " is listed twice");
            }
        }
        return new FileTypes(Map.copyOf(byCode), Map.copyOf(codeOfMediaType));
    }

    /** The file type of a code of the EU table. */
    public Optional<FileType> ofCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The file type a dct:format value names: an EU file-type IRI with a code of the table, or a
     * literal that is a code ("csv", ".CSV", "json-ld") or a media type from the media-type table.
     */
    public Optional<FileType> ofFormat(Node value) {
        if (value.isURI()) {
            return codeOfFileTypeIri(value.getURI()).flatMap(this::ofCode)
                    .or(() -> ianaType(value.getURI()).flatMap(this::ofMediaTypeText));
        }
        if (value.isLiteral()) {
            String text = value.getLiteralLexicalForm().strip();
            return ofMediaTypeText(text).or(() -> ofCode(codeLike(text)));
        }
        return Optional.empty();
    }

    /** The file type a dcat:mediaType value names: an IANA media-type IRI or a literal media type. */
    public Optional<FileType> ofMediaType(Node value) {
        if (value.isURI()) {
            return ianaType(value.getURI()).flatMap(this::ofMediaTypeText);
        }
        if (value.isLiteral()) {
            return ofMediaTypeText(value.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    /** Whether a dct:format value is an IRI of the EU file-type table with one of its codes. */
    public boolean isFileTypeIri(Node value) {
        return value.isURI() && codeOfFileTypeIri(value.getURI()).map(byCode::containsKey).orElse(false);
    }

    /**
     * Whether a dcat:mediaType value is an IRI of the IANA media-type register: a well-formed
     * type/subtype of a registered top-level type, not an unregistered {@code x-} or {@code x.} subtype.
     * SlimCat does not ship the whole register, so a well-formed subtype that IANA never registered
     * passes too.
     */
    public static boolean isIanaIri(Node value) {
        if (!value.isURI()) {
            return false;
        }
        return ianaType(value.getURI()).filter(t -> MEDIA_TYPE.matcher(t).matches())
                .filter(t -> !t.substring(t.indexOf('/') + 1).startsWith("x-") && !t.substring(t.indexOf('/') + 1).startsWith("x."))
                .isPresent();
    }

    private Optional<FileType> ofMediaTypeText(String text) {
        int parameters = text.indexOf(';');
        String type = (parameters >= 0 ? text.substring(0, parameters) : text).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(codeOfMediaType.get(type)).flatMap(this::ofCode);
    }

    private static Optional<String> codeOfFileTypeIri(String iri) {
        Matcher m = FILE_TYPE_IRI.matcher(iri);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> ianaType(String iri) {
        Matcher m = IANA_IRI.matcher(iri);
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static String codeLike(String text) {
        String t = text.startsWith(".") ? text.substring(1) : text;
        return t.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
