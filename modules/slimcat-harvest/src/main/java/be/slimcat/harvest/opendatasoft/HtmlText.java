// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.opendatasoft;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a portal's rich-text description into plain text: block elements and
 * {@code <br>} become line breaks, list items start with "- ", scripts and styles are dropped with
 * their content, every other tag is removed and character references are decoded. Runs of spaces
 * are collapsed within a line and at most one empty line separates paragraphs.
 */
final class HtmlText {
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)</(p|div|h[1-6]|ul|ol|table|blockquote|pre|section|article)\\s*>|<(p|div|h[1-6]|ul|ol|table|blockquote|pre|section|article)\\b[^>]*>");
    private static final Pattern ROW_END = Pattern.compile("(?i)</(li|tr|dt|dd)\\s*>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</(td|th)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[/!?]?[A-Za-z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("euro", "€"), Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("euml", "ë"),
            Map.entry("iuml", "ï"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("agrave", "à"),
            Map.entry("ccedil", "ç"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"),
            Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("rdquo", "”"), Map.entry("ldquo", "“"));

    private HtmlText() {}

    /** True when the text contains something that looks like an HTML tag or character reference. */
    static boolean looksLikeHtml(String text) {
        return TAG.matcher(text).find() || ENTITY.matcher(text).find();
    }

    /** The plain text of an HTML fragment. */
    static String toPlain(String html) {
        String text = DROPPED.matcher(html).replaceAll("");
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        // line breaks in the source are layout, not content
        text = text.replace('\n', ' ');
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = BLOCK_END.matcher(text).replaceAll("\n\n");
        text = LIST_ITEM.matcher(text).replaceAll("\n- ");
        text = ROW_END.matcher(text).replaceAll("\n");
        text = CELL_END.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text);
        StringBuilder out = new StringBuilder();
        int emptyLines = 0;
        for (String line : text.split("\n", -1)) {
            String clean = line.replace('\u00a0', ' ').replaceAll("[ \\t\\f]+", " ").strip();
            if (clean.isEmpty()) {
                emptyLines++;
                continue;
            }
            if (out.length() > 0) {
                out.append(emptyLines > 0 && !clean.startsWith("- ") ? "\n\n" : "\n");
            }
            out.append(clean);
            emptyLines = 0;
        }
        return out.toString();
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return codePoint(Integer.parseInt(name.substring(2), 16), whole);
            }
            if (name.startsWith("#")) {
                return codePoint(Integer.parseInt(name.substring(1)), whole);
            }
        } catch (NumberFormatException e) {
            return whole;
        }
        String named = NAMED.get(name);
        return named == null ? whole : named;
    }

    private static String codePoint(int cp, String whole) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
    }
}
